extension Unicode.UTF8 {
  /// Whether `bytes` are well-formed UTF-8: no stray continuation bytes, overlong forms,
  /// surrogates, truncated sequences or values past U+10FFFF.
  static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF:
        length = 2
      case 0xE0...0xEF:
        length = 3
        if lead == 0xE0 { lowest = 0xA0 }
        if lead == 0xED { highest = 0x9F }
      case 0xF0...0xF4:
        length = 4
        if lead == 0xF0 { lowest = 0x90 }
        if lead == 0xF4 { highest = 0x8F }
      default:
        return false
      }
      guard index + length <= count, bytes[index + 1] >= lowest, bytes[index + 1] <= highest else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// Whether any of `count` bytes from `start` has its high bit set, checking eight bytes at a time.
  static func containsNonASCII(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
    var index = 0
    let raw = UnsafeRawPointer(start)
    while index + 8 <= count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
      index += 8
    }
    while index < count {
      if start[index] >= 0x80 { return true }
      index += 1
    }
    return false
  }
}
