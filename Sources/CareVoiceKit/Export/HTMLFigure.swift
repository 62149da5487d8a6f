/// A chart with its caption and, beside or below it, the same numbers as a table.
///
/// Figures are numbered in page order when rendered ("Figure 1").
public struct HTMLFigure: Sendable, Hashable {
  public var chart: InlineSVG
  public var caption: String
  /// The chart's numbers, for readers who cannot see the chart and for anyone who wants the exact figures.
  public var table: HTMLTable?
  /// A note under the figure, such as the base.
  public var note: String

  public init(chart: InlineSVG, caption: String, table: HTMLTable? = nil, note: String = "") {
    self.chart = chart
    self.caption = caption
    self.table = table
    self.note = note
  }
}
