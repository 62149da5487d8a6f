/// A red/amber/green rating of a promise or one of its indicators, or grey when there is not enough evidence.
public enum Rating: String, Sendable, Hashable, Codable, CaseIterable {
  case green, amber, red
  /// Not enough evidence: the base is under the disclosure minimum or the Pledge's minimum base.
  case grey

  /// The rating of `positive` out of `base` against a target and red line, both in percent.
  ///
  /// Green at or above `target`, red below `redBelow`, amber between. The shares
  /// are compared in whole numbers — `positive × 100 ≥ target × base`, with the
  /// percentages taken to a millionth of a point — so a result exactly on its
  /// target is green however the percentage would round. The caller decides grey.
  public init(positive: Int, base: Int, target: Double, redBelow: Double) {
    if Rating.share(positive, of: base, reaches: target) {
      self = .green
    } else if Rating.share(positive, of: base, reaches: redBelow) {
      self = .amber
    } else {
      self = .red
    }
  }

  /// How bad a coloured rating is, for finding the worst: red 0, amber 1, green 2; grey has none.
  var severity: Int? {
    switch self {
    case .red: return 0
    case .amber: return 1
    case .green: return 2
    case .grey: return nil
    }
  }

  /// Whether `positive / base × 100 ≥ percent`, decided without rounding.
  static func share(_ positive: Int, of base: Int, reaches percent: Double) -> Bool {
    let millionths = Int((max(0, min(percent, 100)) * 1_000_000).rounded())
    let left = positive.multipliedFullWidth(by: 100_000_000)
    let right = millionths.multipliedFullWidth(by: base)
    return (left.high, left.low) >= (right.high, right.low)
  }
}
