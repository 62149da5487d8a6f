import Foundation

/// A map from byte strings to values, for keys seen millions of times: an open-addressed table over
/// 64-bit hashes, with the keys copied into one arena and compared with `memcmp`.
///
/// It never hashes through `Hasher` or makes a `String`, which is what made a
/// `Dictionary<String, …>` the largest cost of reading a large export.
///
/// Each slot holds the top 32 bits of its key's hash beside the entry's number, so a
/// search passes over the slots of other keys without touching their entries: in a
/// table of a million response ids, that spares a cache miss or two per id.
struct ByteTable<Value> {
  /// 0 for an empty slot, else the hash's top 32 bits above the entry's number + 1.
  private var slots: [UInt64]
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var values: [Value] = []
  private var arena: [UInt8] = []

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
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
    append(value, for: key, hash: hash)
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
      let hash = ByteTable.hash(key)
      if let entry = find(key, hash: hash) { return values[entry] }
      append(value, for: key, hash: hash)
      return nil
    }
  }

  private mutating func append(_ value: Value, for key: UnsafeBufferPointer<UInt8>, hash: UInt64) {
    if (values.count + 1) * 2 > slots.count { grow() }
    starts.append(arena.count)
    lengths.append(key.count)
    arena.append(contentsOf: key)
    values.append(value)
    insertSlot(UInt64(ByteTable.tag(hash)) << 32 | UInt64(values.count))
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let tag = ByteTable.tag(hash)
    return slots.withUnsafeBufferPointer { slots in
      lengths.withUnsafeBufferPointer { lengths in
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while true {
          let stored = slots[slot]
          if stored == 0 { return nil }
          if UInt32(truncatingIfNeeded: stored >> 32) == tag {
            let entry = Int(UInt32(truncatingIfNeeded: stored)) - 1
            if lengths[entry] == key.count, equal(entry, key) { return entry }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = key.baseAddress, key.count > 0 else { return true }
    return arena.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + starts[entry], base, key.count) == 0 }
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
