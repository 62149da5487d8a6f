extension CSVInput {
  /// Reads UTF-16 and writes it to `destination` as UTF-8; 0 only at the end of the input.
  ///
  /// A surrogate without its partner, or an odd byte at the very end, becomes U+FFFD.
  func readUTF16(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws(ReadFailure) -> Int {
    let isLittleEndian = encoding == .utf16LittleEndian
    // A code unit gives at most 3 bytes, and a carried high surrogate that turns out unpaired 3 more.
    let unitLimit = max(1, (capacity - 3) / 3)
    while true {
      let wanted = max(1, min(chunkSize, unitLimit * 2 - unitByteCount))
      let read = try readRaw(into: units + unitByteCount, count: wanted)
      if read == 0 { return finishUTF16(into: destination) }
      let available = unitByteCount + read
      var written = 0
      var index = 0
      while index + 1 < available {
        let first = UInt16(units[index])
        let second = UInt16(units[index + 1])
        let unit = isLittleEndian ? first | second << 8 : first << 8 | second
        index += 2
        if unit < 0x80 && highSurrogate == nil {
          destination[written] = UInt8(unit)
          written += 1
        } else {
          written += encode(unit, into: destination + written)
        }
      }
      if index < available {
        units[0] = units[index]
        unitByteCount = 1
      } else {
        unitByteCount = 0
      }
      if written > 0 { return written }
    }
  }

  /// Writes one UTF-16 code unit as UTF-8, pairing surrogates; returns how many bytes it wrote.
  private func encode(_ unit: UInt16, into output: UnsafeMutablePointer<UInt8>) -> Int {
    var written = 0
    if let high = highSurrogate {
      highSurrogate = nil
      if unit & 0xFC00 == 0xDC00 {
        let scalar = 0x10000 + (UInt32(high) - 0xD800) << 10 + (UInt32(unit) - 0xDC00)
        return write(scalar, into: output)
      }
      written = write(0xFFFD, into: output)
    }
    if unit & 0xFC00 == 0xD800 {
      highSurrogate = unit
      return written
    }
    let scalar: UInt32 = unit & 0xFC00 == 0xDC00 ? 0xFFFD : UInt32(unit)
    return written + write(scalar, into: output + written)
  }

  /// Writes what is left at the end of the input: U+FFFD for a lone high surrogate or an odd byte.
  private func finishUTF16(into output: UnsafeMutablePointer<UInt8>) -> Int {
    var written = 0
    if highSurrogate != nil {
      highSurrogate = nil
      written += write(0xFFFD, into: output)
    }
    if unitByteCount > 0 {
      unitByteCount = 0
      written += write(0xFFFD, into: output + written)
    }
    return written
  }

  /// Writes one Unicode scalar value as UTF-8; returns how many bytes it wrote.
  private func write(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar {
    case ..<0x80:
      output[0] = UInt8(scalar)
      return 1
    case ..<0x800:
      output[0] = UInt8(0xC0 | scalar >> 6)
      output[1] = UInt8(0x80 | scalar & 0x3F)
      return 2
    case ..<0x10000:
      output[0] = UInt8(0xE0 | scalar >> 12)
      output[1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
      output[2] = UInt8(0x80 | scalar & 0x3F)
      return 3
    default:
      output[0] = UInt8(0xF0 | scalar >> 18)
      output[1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
      output[2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
      output[3] = UInt8(0x80 | scalar & 0x3F)
      return 4
    }
  }
}
