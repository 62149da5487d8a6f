/// A change since the period before, in percentage points, as computed and as shown.
public struct ReportChange: Sendable, Hashable {
  /// The exact change, in percentage points.
  public var points: Double
  /// The change people see: the difference of the two whole percentages shown, so the words agree with them.
  public var shown: Int
  /// Whether Newcombe's 95% interval of the change leaves out zero; nil when not tested.
  public var isSignificant: Bool?

  public init(points: Double, shown: Int, isSignificant: Bool?) {
    self.points = points
    self.shown = shown
    self.isSignificant = isSignificant
  }

  /// The change between two shown percentages: `up 4 points`, `down 1 point`, `no change`.
  public init(from previous: ReportPercent, to current: ReportPercent, isSignificant: Bool?) {
    self.init(
      points: current.exact - previous.exact, shown: current.whole - previous.whole, isSignificant: isSignificant)
  }

  /// `up 4 points`, `down 1 point`, `up less than 1 point`, `no change`; `, significant` added when it is.
  public var text: String {
    let significance = isSignificant == true ? ", significant" : ""
    if shown == 0 {
      return points == 0 ? "no change" : "\(points > 0 ? "up" : "down") less than 1 point\(significance)"
    }
    return "\(shown > 0 ? "up" : "down") \(abs(shown)) \(abs(shown) == 1 ? "point" : "points")\(significance)"
  }
}
