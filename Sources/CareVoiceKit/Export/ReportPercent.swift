/// A percentage as computed (unrounded) and as shown (a whole number, chosen once by the report's builder).
public struct ReportPercent: Sendable, Hashable {
  /// `count / base × 100`, unrounded.
  public var exact: Double
  /// The whole number every human-facing format shows; largest-remainder rounded where a column adds to 100.
  public var whole: Int

  /// A percentage rounded half up.
  public init(exact: Double) {
    self.exact = exact
    self.whole = Int((exact + 0.5).rounded(.down))
  }

  /// A percentage with the whole number already chosen (by largest remainder).
  public init(exact: Double, whole: Int) {
    self.exact = exact
    self.whole = whole
  }
}
