/// The column of a cell reference such as `C5` (3) or `AA10` (27), counting from 1.
enum CellReference {
  /// The last column a worksheet can have (`XFD`).
  static let maxColumn = 16_384

  /// The column of the reference in `bytes`, or nil when it does not start with 1 to 3 column letters.
  static func column(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var column = 0
    var letters = 0
    for byte in bytes {
      let upper = byte & ~0x20
      guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
      // A fourth letter is past any worksheet; stopping here also keeps a long run of letters from
      // overflowing (found by scripts/fuzz.sh).
      guard letters < 3 else { return nil }
      column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
      letters += 1
    }
    guard letters > 0, column <= maxColumn else { return nil }
    return column
  }
}
