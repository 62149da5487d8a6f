/// A reader that yields named records one at a time: XML records, or table rows under their header.
public protocol RecordSource {
  /// The file name used in diagnostics.
  var name: String { get }
  /// The problems found so far; grows as records are read.
  var diagnostics: [Diagnostic] { get }
  /// The next record, or nil at the end of the input.
  mutating func next() throws -> Record?
  /// How many bytes of the file have been read so far, for progress displays; 0 where it cannot tell.
  var bytesRead: Int { get }
}

extension RecordSource {
  public var bytesRead: Int { 0 }
}

/// Table rows read as records: the first row names the fields of every later one.
///
/// A header that repeats a name gets `(2)`, `(3)` added to the later ones, so no
/// value is hidden behind another; a row shorter than the header has no field for
/// the missing columns.
public struct HeaderedRows<Rows: RowSource>: RecordSource {
  private var rows: Rows
  private var header: [String]?

  public init(_ rows: Rows) {
    self.rows = rows
  }

  public var name: String { rows.name }
  public var diagnostics: [Diagnostic] { rows.diagnostics }
  public var bytesRead: Int { rows.bytesRead }

  public mutating func next() throws -> Record? {
    if header == nil {
      guard let first = try rows.next() else { return nil }
      header = HeaderedRows.distinctNames(first.fields)
    }
    guard let row = try rows.next(), let header else { return nil }
    let fields = zip(header, row.fields).map { Record.Field(name: $0, values: [$1]) }
    return Record(line: row.line, fields: fields)
  }

  static func distinctNames(_ names: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return names.map { name in
      let count = seen[name, default: 0] + 1
      seen[name] = count
      return count == 1 ? name : "\(name) (\(count))"
    }
  }
}

extension XMLRecordReader: RecordSource {}
