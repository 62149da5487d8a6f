/// Reads a stored block's columns one response at a time (``BlockLayout``); it never traps on damaged bytes.
///
/// For each response: ``nextHead()``, then its attributes and its answers from ``records``.
struct BlockReader {
  /// The id, submission date and source line of one response.
  struct Head {
    var id: UnsafeRawBufferPointer
    var submitted: Day?
    var line: Int
  }

  let count: Int
  private var ids: ByteReader
  /// The `responses` column, at the current response's attributes after ``nextHead()``.
  var records: ByteReader
  private var line = 0

  /// A reader of the columns as SELECTed; nil when the format is unknown.
  init?(count: Int, ids: UnsafeRawBufferPointer, responses: UnsafeRawBufferPointer) {
    self.count = count
    self.ids = ByteReader(ids)
    records = ByteReader(responses)
    guard records.byte() == BlockLayout.format else { return nil }
  }

  /// The next response's id, date and line; nil at damaged bytes.
  mutating func nextHead() -> Head? {
    guard let length = ids.varint(), length <= UInt64(Int32.max), let id = ids.slice(Int(length)),
      let code = records.varint(), let day = BlockLayout.day(code), let step = records.varint()
    else { return nil }
    line &+= BlockLayout.unzigzag(step)
    return Head(id: id, submitted: day, line: line)
  }

  /// Whether every column was read to its end, as it must be after ``count`` responses.
  var isAtEnd: Bool { ids.isAtEnd && records.isAtEnd }
}
