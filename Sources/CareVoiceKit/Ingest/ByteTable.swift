import Foundation

/// A map from byte strings to values, for keys seen millions of times: an open-addressed table over 64-bit hashes.
///
/// A key's first 16 bytes are kept as two words and compared without a call; only a
/// longer key's rest goes to an arena, compared with `memcmp`.
///
/// It never hashes through `Hasher` or makes a `String`, which is what made a
/// `Dictionary<String, …>` the largest cost of reading a large export.
///
/// Each slot holds the top 32 bits of its key's hash beside the entry's number, so a
/// search passes over the slots of other keys without touching their entries: in a
/// table of a million response ids, that spares a cache miss or two per id.
struct ByteTable<Value> {
  /// A key as stored: its first 16 bytes in two words, compared without a call; the rest in the arena.
  private struct Key {
    var head: (UInt64, UInt64)
    var length: UInt32
    /// Where its bytes after the first 16 start in the arena.
    var rest: UInt32
  }

  /// 0 for an empty slot, else the hash's top 32 bits above the entry's number + 1.
  private var slots: [UInt64]
  private var keys: [Key] = []
  private var values: [Value] = []
  private var arena: [UInt8] = []
  private var warmth: UInt64 = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
  }

  var count: Int { values.count }

  /// The value stored for these bytes.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    let head = ByteTable.head(of: key)
    return find(key, head: head, hash: ByteTable.hash(key, head: head)).map { values[$0] }
  }

  /// The value stored for a string's bytes.
  func value(for key: String) -> Value? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// Stores a value for these bytes, replacing any stored before.
  mutating func set(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
    let head = ByteTable.head(of: key)
    let hash = ByteTable.hash(key, head: head)
    if let entry = find(key, head: head, hash: hash) {
      values[entry] = value
      return
    }
    append(value, for: key, head: head, hash: hash)
  }

  /// Stores a value for a string's bytes.
  mutating func set(_ value: Value, for key: String) {
    var key = key
    key.withUTF8 { set(value, for: $0) }
  }

  /// Stores a value for a string's bytes unless one is stored; returns the one stored before, if any.
  ///
  /// One search where ``value(for:)`` then ``set(_:for:)`` would make two.
  mutating func insert(_ value: Value, for key: String) -> Value? {
    var key = key
    return key.withUTF8 { key in
      let head = ByteTable.head(of: key)
      let hash = ByteTable.hash(key, head: head)
      if let entry = find(key, head: head, hash: hash) { return values[entry] }
      append(value, for: key, head: head, hash: hash)
      return nil
    }
  }

  /// Reads the slot where the search for each key starts, all at once, so that the searches then find them in
  /// the cache: a table of a million keys otherwise misses it once a key.
  mutating func warm(_ keys: [String]) {
    var touched: UInt64 = 0
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      for key in keys {
        var key = key
        let hash = key.withUTF8 { ByteTable.hash($0, head: ByteTable.head(of: $0)) }
        touched ^= slots[Int(ByteTable.tag(hash)) & mask]
      }
    }
    // Kept, so that the reads are not optimised away.
    warmth ^= touched
  }

  private mutating func append(
    _ value: Value, for key: UnsafeBufferPointer<UInt8>, head: (UInt64, UInt64), hash: UInt64
  ) {
    if (values.count + 1) * 2 > slots.count { grow() }
    precondition(key.count <= UInt32.max && arena.count <= UInt32.max, "ByteTable: more than 4 GB of keys")
    keys.append(Key(head: head, length: UInt32(key.count), rest: UInt32(arena.count)))
    if key.count > 16 { arena.append(contentsOf: key[16...]) }
    values.append(value)
    insertSlot(UInt64(ByteTable.tag(hash)) << 32 | UInt64(values.count))
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>, head: (UInt64, UInt64), hash: UInt64) -> Int? {
    let tag = ByteTable.tag(hash)
    return slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while true {
          let stored = slots[slot]
          if stored == 0 { return nil }
          if UInt32(truncatingIfNeeded: stored >> 32) == tag {
            let entry = Int(UInt32(truncatingIfNeeded: stored)) - 1
            let candidate = keys[entry]
            if candidate.length == key.count, candidate.head == head,
              key.count <= 16 || restEqual(Int(candidate.rest), key)
            {
              return entry
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// Whether the bytes of `key` after its first 16 are those stored at `rest` in the arena.
  private func restEqual(_ rest: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + rest, key.baseAddress! + 16, key.count - 16) == 0
    }
  }

  /// The bits of a hash kept in a slot, which also place it.
  private static func tag(_ hash: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 32)
  }

  private mutating func insertSlot(_ stored: UInt64) {
    let mask = slots.count - 1
    var slot = Int(UInt32(truncatingIfNeeded: stored >> 32)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = stored
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    for stored in old where stored != 0 { insertSlot(stored) }
  }

  /// The first 16 bytes of a key as two little-endian words, zero past its end.
  static func head(of bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    guard let base = bytes.baseAddress else { return (0, 0) }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    if count >= 16 {
      return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }
    if count >= 8 { return (raw.loadUnaligned(as: UInt64.self), partialWord(raw + 8, count - 8)) }
    return (partialWord(raw, count), 0)
  }

  /// Up to 7 bytes as a little-endian word.
  private static func partialWord(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
    var word: UInt64 = 0
    for index in 0..<count { word |= UInt64(bytes.load(fromByteOffset: index, as: UInt8.self)) << (8 * index) }
    return word
  }

  /// A 64-bit hash of the bytes, whose first 16 are `head`, eight at a time (a multiply-and-fold in the style of wyhash/FxHash).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: (UInt64, UInt64)) -> UInt64 {
    var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
    }
    mix(head.0)
    mix(head.1)
    guard bytes.count > 16, let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 16
    while offset + 8 <= bytes.count {
      mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < bytes.count { mix(partialWord(raw + offset, bytes.count - offset)) }
    return hash
  }
}
