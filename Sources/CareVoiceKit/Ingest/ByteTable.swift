import Foundation

/// A map from byte strings to values, for keys seen millions of times: an open-addressed table over
/// 64-bit hashes, with the keys copied into one arena and compared with `memcmp`.
///
/// It never hashes through `Hasher` or makes a `String`, which is what made a
/// `Dictionary<String, …>` the largest cost of reading a large export.
struct ByteTable<Value> {
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var values: [Value] = []
  private var arena: [UInt8] = []

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
  }

  var count: Int { values.count }

  /// The value stored for these bytes.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    find(key, hash: ByteTable.hash(key)).map { values[$0] }
  }

  /// The value stored for a string's bytes.
  func value(for key: String) -> Value? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// Stores a value for these bytes, replacing any stored before.
  mutating func set(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
    let hash = ByteTable.hash(key)
    if let entry = find(key, hash: hash) {
      values[entry] = value
      return
    }
    if (values.count + 1) * 2 > slots.count { grow() }
    hashes.append(hash)
    starts.append(arena.count)
    lengths.append(key.count)
    arena.append(contentsOf: key)
    values.append(value)
    insertSlot(for: values.count - 1)
  }

  /// Stores a value for a string's bytes.
  mutating func set(_ value: Value, for key: String) {
    var key = key
    key.withUTF8 { set(value, for: $0) }
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      hashes.withUnsafeBufferPointer { hashes in
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
          let entry = Int(slots[slot])
          if entry < 0 { return nil }
          if hashes[entry] == hash, lengths[entry] == key.count, equal(entry, key) { return entry }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = key.baseAddress, key.count > 0 else { return true }
    return arena.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + starts[entry], base, key.count) == 0 }
  }

  private mutating func insertSlot(for entry: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[entry] >> 7) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    for entry in values.indices { insertSlot(for: entry) }
  }

  /// A 64-bit hash of the bytes, eight at a time (a multiply-and-fold in the style of wyhash/FxHash).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      offset += 8
    }
    if offset < bytes.count {
      var tail: UInt64 = 0
      for index in offset..<bytes.count { tail = tail << 8 | UInt64(base[index]) }
      hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
    }
    return hash
  }
}
