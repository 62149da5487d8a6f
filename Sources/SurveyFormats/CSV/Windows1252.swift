/// The Windows-1252 ("ANSI") code page that older Excel versions save CSV files in, decoded to UTF-8.
///
/// Bytes 0x00–0x7F are ASCII and 0xA0–0xFF are Latin-1; 0x80–0x9F hold the
/// euro sign, curly quotes, dashes and a few letters. The five bytes that code
/// page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the control
/// characters of the same number, as Windows itself decodes them.
enum Windows1252 {
  /// The scalar of each byte from 0x80 to 0x9F.
  static let scalarsFrom0x80: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The Unicode scalar value of one Windows-1252 byte.
  static func scalar(of byte: UInt8) -> UInt16 {
    byte >= 0x80 && byte < 0xA0 ? scalarsFrom0x80[Int(byte - 0x80)] : UInt16(byte)
  }

  /// Writes `bytes` decoded as Windows-1252 to `output` as UTF-8 and returns how many bytes it wrote.
  ///
  /// `output` must have room for three bytes per input byte.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
    var written = 0
    for byte in bytes {
      if byte < 0x80 {
        output[written] = byte
        written += 1
        continue
      }
      let scalar = scalar(of: byte)
      if scalar < 0x800 {
        output[written] = UInt8(0xC0 | scalar >> 6)
        output[written + 1] = UInt8(0x80 | scalar & 0x3F)
        written += 2
      } else {
        output[written] = UInt8(0xE0 | scalar >> 12)
        output[written + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
        output[written + 2] = UInt8(0x80 | scalar & 0x3F)
        written += 3
      }
    }
    return written
  }
}
