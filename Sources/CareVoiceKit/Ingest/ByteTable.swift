import Foundation

/// A map from byte strings to values, for keys seen millions of times: an open-addressed table over FNV-1a
/// hashes, with the keys copied into one arena and compared with `memcmp`.
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
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == hash, lengths[entry] == key.count, equal(entry, key) { return entry }
      slot = (slot + 1) & mask
    }
  }

  private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = key.baseAddress, key.count > 0 else { return true }
    return arena.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + starts[entry], base, key.count) == 0 }
  }

  private mutating func insertSlot(for entry: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    for entry in values.indices { insertSlot(for: entry) }
  }

  /// FNV-1a over the bytes.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }
}
