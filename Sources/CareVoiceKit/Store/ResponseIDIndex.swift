/// Every response id of one instrument — those stored and those of the batch being loaded — hashed in memory, so that a repeated id is found without an index in the database.
///
/// Each id is kept as one 8-byte slot of an open-addressing table: 32 bits of its
/// 64-bit hash, and the *ordinal* of the response holding it. Every block takes a
/// range of ordinals, in the order the blocks became known, so an ordinal names a
/// block and a position in it. A slot with the same 32 bits only names a candidate:
/// the writer compares the ids themselves, so two ids with the same hash are both
/// stored and a true duplicate is always caught.
///
/// Memory: the table doubles past 3/4 full, so an id costs 8 / load factor — 10.7 to
/// 21.3 bytes; 1,000,000 ids take 2^21 slots, 16 MB.
struct ResponseIDIndex {
  /// Where a block's responses are.
  enum Location: Equatable {
    /// In the `response_block` row with this rowid.
    case stored(Int64)
    /// Still in the writer's open block for the period at this slot.
    case pending(slot: Int)
  }

  struct Block {
    /// The ordinal of its first response.
    let start: UInt32
    var location: Location
  }

  /// Where a search for an id's hash stands: at the next slot to look at.
  struct Probe {
    fileprivate let tag: UInt32
    fileprivate var slot: Int
  }

  private(set) var blocks: [Block] = []
  /// 0 for an empty slot, else the hash's top 32 bits above the response's ordinal + 1.
  private var slots: [UInt64]
  private var used = 0
  private var warmth: UInt64 = 0
  private var nextOrdinal: UInt32 = 0
  let hash: ResponseIDHash

  init(hash: ResponseIDHash, expected: Int) {
    self.hash = hash
    var capacity = 4096
    while capacity / 4 * 3 < expected { capacity *= 2 }
    slots = Array(repeating: 0, count: capacity)
  }

  /// Records the ids of a stored block, distinct from every id recorded so far; false when its bytes are damaged.
  mutating func addStored(block rowID: Int64, count: Int, ids: UnsafeRawBufferPointer) -> Bool {
    guard let start = reserve(count) else { return false }
    blocks.append(Block(start: start, location: .stored(rowID)))
    var reader = ByteReader(ids)
    for position in 0..<count {
      guard let length = reader.varint(), length <= UInt64(Int32.max), let id = reader.slice(Int(length)) else {
        return false
      }
      var probe = self.probe(hash.function(id))
      while next(&probe) != nil {}
      insert(probe, ordinal: start + UInt32(position))
    }
    return reader.isAtEnd
  }

  /// Reserves `capacity` ordinals for a block still being filled by the writer; returns its number, nil when full.
  mutating func openBlock(slot: Int, capacity: Int) -> Int? {
    guard let start = reserve(capacity) else { return nil }
    blocks.append(Block(start: start, location: .pending(slot: slot)))
    return blocks.count - 1
  }

  /// Notes that the block numbered `block` was written as the row `rowID`.
  mutating func markStored(_ block: Int, rowID: Int64) {
    blocks[block].location = .stored(rowID)
  }

  /// The ordinal of the response at `position` of block `block`.
  func ordinal(block: Int, position: Int) -> UInt32 {
    blocks[block].start + UInt32(position)
  }

  /// Reads the slot where the search for each of these hashes starts, all at once, so that the searches then find
  /// them in the cache: a million ids spread over 16 MB of slots otherwise miss it one after another.
  mutating func warm(_ keys: [UInt64]) {
    var touched: UInt64 = 0
    for key in keys { touched ^= slots[probe(key).slot] }
    // Kept, so that the reads are not optimised away.
    warmth ^= touched
  }

  /// Starts the search for ids with the hash `key`.
  func probe(_ key: UInt64) -> Probe {
    let tag = UInt32(truncatingIfNeeded: key >> 32)
    return Probe(tag: tag, slot: Int(tag) & (slots.count - 1))
  }

  /// The next response whose id may have the hash searched for — its block's location and its position in the block — or nil when there is none, the probe then resting on the slot where the id belongs.
  func next(_ probe: inout Probe) -> (location: Location, position: Int)? {
    let mask = slots.count - 1
    while slots[probe.slot] != 0 {
      let slot = slots[probe.slot]
      probe.slot = (probe.slot + 1) & mask
      if UInt32(truncatingIfNeeded: slot >> 32) == probe.tag {
        return locate(UInt32(truncatingIfNeeded: slot) - 1)
      }
    }
    return nil
  }

  /// Records the response at `ordinal` at the slot where a probe that found no equal id ended.
  mutating func insert(_ probe: Probe, ordinal: UInt32) {
    slots[probe.slot] = UInt64(probe.tag) << 32 | UInt64(ordinal + 1)
    used += 1
    if used > slots.count / 4 * 3 { grow() }
  }

  private func locate(_ ordinal: UInt32) -> (location: Location, position: Int) {
    var low = 0
    var high = blocks.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if blocks[middle].start <= ordinal { low = middle } else { high = middle }
    }
    return (blocks[low].location, Int(ordinal - blocks[low].start))
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for slot in old where slot != 0 {
      var index = Int(UInt32(truncatingIfNeeded: slot >> 32)) & mask
      while slots[index] != 0 { index = (index + 1) & mask }
      slots[index] = slot
    }
  }

  private mutating func reserve(_ count: Int) -> UInt32? {
    guard count >= 0, UInt64(nextOrdinal) + UInt64(count) < UInt64(UInt32.max) else { return nil }
    defer { nextOrdinal += UInt32(count) }
    return nextOrdinal
  }
}

/// The hash of a response id's UTF-8 bytes used by ``ResponseIDIndex``; only ever kept in memory.
struct ResponseIDHash: Sendable {
  let function: @Sendable (UnsafeRawBufferPointer) -> UInt64

  /// Swift's SipHash, seeded afresh by every process: fine, as nothing hashed is written down.
  static let standard = ResponseIDHash { bytes in
    var hasher = Hasher()
    hasher.combine(bytes: bytes)
    return UInt64(bitPattern: Int64(hasher.finalize()))
  }
}
