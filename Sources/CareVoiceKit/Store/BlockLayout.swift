/// The byte layout of a `response_block` row: up to ``capacity`` responses of one batch and one period, in file order.
///
/// | column | holds |
/// | --- | --- |
/// | `ids` | each response's id, length-prefixed UTF-8 |
/// | `responses` | a format byte (1), then for each response: its submission date, its source line, its attributes, its answers |
///
/// Within `responses`, the date is a varint — 0 for none, else `year << 9 | month << 5 | day` —
/// and the line a zigzag varint of the difference from the previous response's line;
/// then come a varint per attribute (``PackedAttributes``) and an entry per question
/// (``PackedAnswers``) of the stored instrument version. Ids have a column of their own
/// because a load reads every stored id, and nothing else, to find repeated ones.
///
/// `response_block_text.texts` holds the words of the block's text answers as
/// (position in the block, question, words) entries (``PackedTexts``), so that a tally
/// never reads a word. One period per block, rather than one per response, lets a
/// period filter skip whole blocks.
enum BlockLayout {
  /// The first byte of a `responses` column.
  static let format: UInt8 = 1
  /// Responses per block: 4,096 measured best (docs/architecture.md, "Store").
  static let capacity = 4096
  /// A block is written early once its texts reach this many bytes, keeping every BLOB far below SQLite's limit.
  static let textLimit = 64 << 20
  /// The most bytes a date and a line take.
  static let largestHead = 20

  /// A submission date as stored; 0 for none.
  static func dayCode(_ day: Day?) -> UInt64 {
    guard let day else { return 0 }
    return UInt64(day.year) << 9 | UInt64(day.month) << 5 | UInt64(day.day)
  }

  /// The date a ``dayCode(_:)`` stands for; `.some(nil)` for none, nil when the code is damaged.
  static func day(_ code: UInt64) -> Day?? {
    if code == 0 { return .some(nil) }
    guard code < 10_000 << 9, let day = Day(year: Int(code >> 9), month: Int(code >> 5 & 15), day: Int(code & 31))
    else { return nil }
    return .some(day)
  }

  /// A line difference as an unsigned varint value.
  static func zigzag(_ value: Int) -> UInt64 {
    UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
  }

  /// The line difference a ``zigzag(_:)`` value stands for.
  static func unzigzag(_ value: UInt64) -> Int {
    Int(truncatingIfNeeded: Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
  }
}
