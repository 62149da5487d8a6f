/// One row of a table-shaped input (a CSV record or an XLSX sheet row) with the line it starts on.
///
/// The first row of a file is its header; ``isDamaged`` marks a row the reader
/// reported an error for, so that a loader can leave it out.
public struct Row: Sendable, Hashable {
  public var line: Int
  public var fields: [String]
  public var isDamaged: Bool

  public init(line: Int, fields: [String], isDamaged: Bool = false) {
    self.line = line
    self.fields = fields
    self.isDamaged = isDamaged
  }
}

/// A reader that yields table rows one at a time, never holding the whole file.
public protocol RowSource {
  /// The file name used in diagnostics.
  var name: String { get }
  /// The problems found so far; grows as rows are read.
  var diagnostics: [Diagnostic] { get }
  /// The next row, or nil at the end of the input.
  mutating func next() throws -> Row?
  /// How many bytes of the file have been read so far, for progress displays; 0 where it cannot tell.
  var bytesRead: Int { get }
}

extension RowSource {
  public var bytesRead: Int { 0 }
}
