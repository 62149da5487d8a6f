/// One worksheet: a name, a header row, and rows of typed cells.
///
/// The writer makes the header bold, freezes it, puts a filter on it, and sizes the
/// columns from what they hold.
public struct XLSXSheet: Sendable, Hashable {
  /// The tab's name; made valid and unique when written (see ``XLSXSheetName``).
  public var name: String
  public var header: [String]
  public var rows: [[XLSXCell]]

  public init(name: String, header: [String], rows: [[XLSXCell]]) {
    self.name = name
    self.header = header
    self.rows = rows
  }

  /// The number of columns: the header's or the longest row's, whichever is more.
  var columnCount: Int {
    max(header.count, rows.map(\.count).max() ?? 0)
  }

  /// Excel column widths, in characters: the widest value plus a margin, from 6 to 60.
  func columnWidths(suppressedText: String) -> [Double] {
    var widest = header.map { $0.count + 3 }
    widest += Array(repeating: 0, count: columnCount - widest.count)
    for row in rows {
      for (column, cell) in row.enumerated() {
        widest[column] = max(widest[column], cell.displayWidth(suppressedText: suppressedText))
      }
    }
    return widest.map { Double(min(max($0 + 2, 6), XLSXSheet.widestColumn)) }
  }

  /// Columns are never wider than this; longer text wraps.
  static let widestColumn = 60
}
