/// A table of a report: the figures every format writes, each in its own way.
///
/// Tables with the same ``id`` have the same columns, so the CSV can stack them and
/// the workbook gives them one sheet; ``context`` says which promise or question a
/// table belongs to when there are several.
public struct ReportTable: Sendable, Hashable {
  /// A column after the row headings.
  public struct Column: Sendable, Hashable {
    /// A stable machine name (`result`, `base`), the CSV's `column` and the JSON's key.
    public var id: String
    /// The heading people read.
    public var heading: String
    /// Whether the column holds figures (aligned right).
    public var isNumeric: Bool

    public init(_ id: String, _ heading: String, isNumeric: Bool = false) {
      self.id = id
      self.heading = heading
      self.isNumeric = isNumeric
    }
  }

  /// A row: a stable id, its heading, and one value per column.
  public struct Row: Sendable, Hashable {
    /// A stable id: the CSV's `row_id`.
    public var id: String
    /// The heading people read.
    public var heading: String
    /// One value per column.
    public var cells: [ReportValue]

    public init(id: String, heading: String, cells: [ReportValue]) {
      self.id = id
      self.heading = heading
      self.cells = cells
    }
  }

  /// What a table belongs to when a report has several of the same kind: `Promise` `P1`.
  public struct Context: Sendable, Hashable {
    /// The heading of the column that names it in a spreadsheet: `Promise`, `Question`.
    public var heading: String
    /// Its name there: `P1`, `feel_safe`.
    public var value: String

    public init(heading: String, value: String) {
      self.heading = heading
      self.value = value
    }
  }

  /// The kind of table (`indicators`, `actions`); tables of one kind share their columns.
  public var id: String
  /// The workbook sheet that gathers the tables of this kind: `Indicators`.
  public var sheet: String
  /// The promise or question it belongs to.
  public var context: Context?
  /// The table's caption.
  public var caption: String
  /// The heading of the row headings' column.
  public var rowHeading: String
  /// The columns after the row headings.
  public var columns: [Column]
  /// The rows.
  public var rows: [Row]

  public init(
    id: String, sheet: String, context: Context? = nil, caption: String, rowHeading: String, columns: [Column],
    rows: [Row]
  ) {
    self.id = id
    self.sheet = sheet
    self.context = context
    self.caption = caption
    self.rowHeading = rowHeading
    self.columns = columns
    self.rows = rows
  }
}
