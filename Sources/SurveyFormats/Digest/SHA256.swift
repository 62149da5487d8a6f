/// A streaming SHA-256 digest (FIPS 180-4): the fingerprint of a definition file or of a loaded batch.
///
/// Feed bytes with ``update(_:)-(UnsafeRawBufferPointer)`` in pieces of any size, then call
/// ``finalize()`` once. Whole blocks are compressed straight from the caller's buffer; only a
/// partial block is copied.
public struct SHA256: Sendable {
  /// The size of a digest in bytes.
  public static let byteCount = 32

  private var state: State = .initial
  private var pending = Block()
  private var pendingCount = 0
  private var totalBytes: UInt64 = 0

  /// A digest of no bytes yet.
  public init() {}

  /// Adds bytes to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var base = bytes.baseAddress, bytes.count > 0 else { return }
    var remaining = bytes.count
    totalBytes &+= UInt64(remaining)
    if pendingCount > 0 {
      let taken = min(64 - pendingCount, remaining)
      pending.append(from: base, count: taken, at: pendingCount)
      pendingCount += taken
      base += taken
      remaining -= taken
      guard pendingCount == 64 else { return }
      pending.compress(into: &state)
      pendingCount = 0
    }
    let wholeBlocks = remaining / 64
    if wholeBlocks > 0 {
      SHA256.compress(UnsafeRawBufferPointer(start: base, count: wholeBlocks * 64), into: &state)
      base += wholeBlocks * 64
      remaining -= wholeBlocks * 64
    }
    if remaining > 0 {
      pending.append(from: base, count: remaining, at: 0)
      pendingCount = remaining
    }
  }

  /// Adds bytes to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Adds the UTF-8 bytes of a string to the message.
  public mutating func update(_ text: String) {
    var text = text
    text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
  }

  /// Pads the message and returns its 32-byte digest; the digest must not be updated afterwards.
  public mutating func finalize() -> [UInt8] {
    let bitLength = totalBytes &* 8
    var tail = [UInt8](repeating: 0, count: pendingCount < 56 ? 64 : 128)
    pending.copy(count: pendingCount, into: &tail)
    tail[pendingCount] = 0x80
    for index in 0..<8 {
      tail[tail.count - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
    }
    tail.withUnsafeBytes { SHA256.compress($0, into: &state) }
    return state.bigEndianBytes
  }

  /// The digest of these bytes.
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var digest = SHA256()
    digest.update(bytes)
    return digest.finalize()
  }

  /// The digest of a string's UTF-8 bytes.
  public static func hash(_ text: String) -> [UInt8] {
    var digest = SHA256()
    digest.update(text)
    return digest.finalize()
  }

  /// Lower-case hexadecimal, two digits a byte.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}

extension SHA256 {
  /// The eight working words of the hash.
  struct State: Sendable {
    var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

    static let initial = State(
      h0: 0x6a09_e667, h1: 0xbb67_ae85, h2: 0x3c6e_f372, h3: 0xa54f_f53a,
      h4: 0x510e_527f, h5: 0x9b05_688c, h6: 0x1f83_d9ab, h7: 0x5be0_cd19)

    var bigEndianBytes: [UInt8] {
      var bytes = [UInt8]()
      bytes.reserveCapacity(32)
      for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
        bytes.append(UInt8(truncatingIfNeeded: word >> 24))
        bytes.append(UInt8(truncatingIfNeeded: word >> 16))
        bytes.append(UInt8(truncatingIfNeeded: word >> 8))
        bytes.append(UInt8(truncatingIfNeeded: word))
      }
      return bytes
    }
  }

  /// Up to 64 bytes held between updates, stored inline so that a digest allocates nothing.
  struct Block: Sendable {
    var bytes:
      (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
      ) = (0, 0, 0, 0, 0, 0, 0, 0)

    mutating func append(from source: UnsafeRawPointer, count: Int, at offset: Int) {
      withUnsafeMutableBytes(of: &bytes) { buffer in
        UnsafeMutableRawBufferPointer(rebasing: buffer[offset..<offset + count])
          .copyMemory(from: UnsafeRawBufferPointer(start: source, count: count))
      }
    }

    func copy(count: Int, into target: inout [UInt8]) {
      withUnsafeBytes(of: bytes) { buffer in
        for index in 0..<count { target[index] = buffer[index] }
      }
    }

    func compress(into state: inout State) {
      withUnsafeBytes(of: bytes) { SHA256.compress($0, into: &state) }
    }
  }
}
