/// One row of a CSV file as ``CSVReader/forEachRow(_:)`` lends it: its fields are read in place,
/// without copying, as UTF-8.
///
/// A view is valid only during the call it is passed to: keep the values you need
/// (``subscript(_:)`` or ``fields`` make `String`s), never the view itself.
public struct CSVRowView {
  /// The line the row starts on, counting from 1 in the original file.
  public let line: Int
  /// How many fields the row has (it may differ from the header's count).
  public let count: Int
  /// Whether the reader reported an error for this row, so that a loader can leave it out.
  public let isDamaged: Bool
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let bounds: UnsafePointer<Int>

  init(line: Int, count: Int, isDamaged: Bool, base: UnsafePointer<UInt8>, bounds: UnsafePointer<Int>) {
    self.line = line
    self.count = count
    self.isDamaged = isDamaged
    self.base = base
    self.bounds = bounds
  }

  /// Calls `body` with the UTF-8 bytes of field `index` (from 0, less than ``count``), unquoted and unescaped.
  ///
  /// The buffer is valid only inside `body`.
  @inlinable
  public func withField<Result, Failure: Error>(
    _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    precondition(index >= 0 && index < count, "CSVRowView: field \(index) of a row with \(count) fields")
    let start = bounds[2 * index]
    return try body(UnsafeBufferPointer(start: base + start, count: bounds[2 * index + 1] - start))
  }

  /// The number of UTF-8 bytes in field `index` (from 0, less than ``count``).
  @inlinable
  public func byteCount(ofField index: Int) -> Int {
    precondition(index >= 0 && index < count, "CSVRowView: field \(index) of a row with \(count) fields")
    return bounds[2 * index + 1] - bounds[2 * index]
  }

  /// Field `index` (from 0, less than ``count``) as a string.
  @inlinable
  public subscript(index: Int) -> String {
    withField(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Every field as a string.
  public var fields: [String] {
    var fields: [String] = []
    fields.reserveCapacity(count)
    for index in 0..<count { fields.append(self[index]) }
    return fields
  }
}
