/// Where something was found in an input file: the file, its line, and where known the column.
///
/// Lines and columns count from 1. For a CSV file the column is the field number;
/// for an XLSX sheet the line is the sheet row.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE` or `FILE:LINE:COLUMN`, as compilers print positions.
  public var description: String {
    if let column { return "\(file):\(line):\(column)" }
    return "\(file):\(line)"
  }
}
