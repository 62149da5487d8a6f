/// The byte-level formats carevoice reads, before any survey knowledge is applied.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  case csv
  case xml
  case xlsx

  /// The format a file name suggests: `.xml` and `.xlsx` by extension, anything else CSV.
  public static func guess(fromPath path: String) -> InputFormat {
    let lowercased = path.lowercased()
    if lowercased.hasSuffix(".xml") { return .xml }
    if lowercased.hasSuffix(".xlsx") { return .xlsx }
    return .csv
  }

  /// Opens a file as named records in this format.
  ///
  /// - Parameters:
  ///   - delimiter: the CSV delimiter; nil sniffs it from the header.
  ///   - recordName: the XML element that makes a record; nil takes each child of the root.
  public func records(
    at path: String, delimiter: UInt8? = nil, recordName: String? = nil
  ) throws(InputError) -> any RecordSource {
    switch self {
    case .csv: return HeaderedRows(try CSVReader(path: path, delimiter: delimiter))
    case .xlsx: return HeaderedRows(try XLSXReader(path: path))
    case .xml:
      return try XMLRecordReader(path: path, record: recordName.map { .named($0) } ?? .automatic)
    }
  }
}
