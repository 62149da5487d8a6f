/// A chart of a report: what it draws, and the table of the same numbers that goes beside it.
///
/// Every value drawn is a ``ReportValue`` chosen by the builder, so the label on a
/// bar is the figure in the table: a renderer never rounds or hides anything itself.
public struct ReportChart: Sendable, Hashable {
  /// How the values are drawn.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// One horizontal bar per row, each row's first value.
    case bars
    /// One 100% bar per row, one segment per answer in ``ReportChart/answers``.
    case stacked
    /// A line through the rows in order (periods, oldest first), each row's first value.
    case trend
  }

  /// One bar, one stacked bar, or one point of a line.
  public struct Row: Sendable, Hashable {
    /// The bar's, row's or period's label.
    public var label: String
    /// One value, or one per answer for a stacked bar.
    public var values: [ReportValue]

    public init(label: String, values: [ReportValue]) {
      self.label = label
      self.values = values
    }
  }

  /// Unique in the report; the chart's element ids derive from it.
  public var id: String
  /// How the values are drawn.
  public var kind: Kind
  /// The chart's accessible name.
  public var title: String
  /// The figure's caption: what the chart shows, in a sentence.
  public var caption: String
  /// The legend of a stacked chart, most positive answer first; empty otherwise.
  public var answers: [String]
  /// The bars, stacked bars or points, in order.
  public var rows: [Row]
  /// A percentage target drawn as a dashed line; nil for none.
  public var target: Double?
  /// The same numbers as a table, shown beside the chart and written by the other formats.
  public var table: ReportTable
  /// A note under the figure, such as its base; empty for none.
  public var note: String

  public init(
    id: String, kind: Kind, title: String, caption: String, answers: [String] = [], rows: [Row],
    target: Double? = nil, table: ReportTable, note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.caption = caption
    self.answers = answers
    self.rows = rows
    self.target = target
    self.table = table
    self.note = note
  }
}
