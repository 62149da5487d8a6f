/// A big number and what it counts, for the strip of key figures at the top of a section.
public struct HTMLKeyFigure: Sendable, Hashable {
  /// The figure as it should read, already formatted: "17 of 25", "91%".
  public var value: String
  public var label: String
  /// A smaller line under the label, such as the comparison with last time; empty for none.
  public var note: String

  public init(value: String, label: String, note: String = "") {
    self.value = value
    self.label = label
    self.note = note
  }
}
