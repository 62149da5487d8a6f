/// Reads the packed columns of a block (ids, responses, texts): varints and raw bytes, bounds-checked.
///
/// A reader never traps on damaged bytes: it returns nil, and the store reports the block as damaged.
struct ByteReader {
  let bytes: UnsafeRawBufferPointer
  var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { offset >= bytes.count }

  mutating func byte() -> UInt8? {
    guard offset < bytes.count else { return nil }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// An unsigned LEB128 varint of at most ten bytes.
  mutating func varint() -> UInt64? {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count, shift < 64 {
      let byte = bytes[offset]
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
    }
    return nil
  }

  /// The next `count` bytes.
  mutating func slice(_ count: Int) -> UnsafeRawBufferPointer? {
    guard count >= 0, count <= bytes.count - offset else { return nil }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
  }

  /// A length-prefixed UTF-8 string.
  mutating func string() -> String? {
    guard let count = varint(), count <= UInt64(Int.max), let utf8 = slice(Int(count)) else { return nil }
    return String(decoding: utf8, as: UTF8.self)
  }
}

/// Writes bytes and varints into memory the caller sized for the most they can take.
struct ByteWriter {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private(set) var count = 0

  init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  /// The bytes written so far.
  var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[0..<count]) }

  /// Starts again at the beginning of the memory.
  mutating func reset() { count = 0 }

  mutating func put(_ byte: UInt8) {
    buffer[count] = byte
    count += 1
  }

  mutating func put(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, let target = buffer.baseAddress, !bytes.isEmpty else { return }
    UnsafeMutableRawPointer(target + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  /// An unsigned LEB128 varint: at most ten bytes.
  mutating func putVarint(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      put(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    put(UInt8(value))
  }

  /// Eight bytes, least significant first.
  mutating func putLittleEndian(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { put(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }
}

extension Array where Element == UInt8 {
  /// Appends an unsigned LEB128 varint.
  mutating func appendVarint(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    append(UInt8(value))
  }
}
