/// A data table: a caption, column headings, and rows each headed by their first cell.
public struct HTMLTable: Sendable, Hashable {
  /// A column after the row headings.
  public struct Column: Sendable, Hashable {
    public var heading: String
    /// Numbers are aligned right in figures of equal width.
    public var isNumeric: Bool

    public init(_ heading: String, isNumeric: Bool = false) {
      self.heading = heading
      self.isNumeric = isNumeric
    }
  }

  /// One cell: text, or the words that stand for a suppressed value.
  public enum Cell: Sendable, Hashable {
    case text(String)
    case suppressed(String)
    /// A rating or status in words, set as a coloured pill; the words always say it too.
    case status(String, ReportActions.Tone)
  }

  /// A row: its heading and its cells, in column order.
  public struct Row: Sendable, Hashable {
    public var heading: String
    public var cells: [Cell]

    public init(heading: String, cells: [Cell]) {
      self.heading = heading
      self.cells = cells
    }

    /// A row of plain text cells.
    public init(heading: String, values: [String]) {
      self.init(heading: heading, cells: values.map { .text($0) })
    }
  }

  /// Tables with this many columns or more are set in smaller type, so they fit the page and A4.
  static let wideColumns = 7
  /// Tables with at most this many columns sit beside their chart on a wide screen.
  static let besideChartColumns = 3

  public var caption: String
  /// The heading of the column of row headings.
  public var rowHeading: String
  public var columns: [Column]
  public var rows: [Row]

  public init(caption: String, rowHeading: String, columns: [Column], rows: [Row]) {
    self.caption = caption
    self.rowHeading = rowHeading
    self.columns = columns
    self.rows = rows
  }
}
