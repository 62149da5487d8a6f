/// A big figure and what it counts, for the strip at the top of a section.
public struct ReportKeyFigure: Sendable, Hashable {
  /// A stable id, the CSV's row.
  public var id: String
  /// The figure.
  public var value: ReportValue
  /// What it counts.
  public var label: String
  /// A smaller line under the label; empty for none.
  public var note: String

  public init(id: String, value: ReportValue, label: String, note: String = "") {
    self.id = id
    self.value = value
    self.label = label
    self.note = note
  }
}
