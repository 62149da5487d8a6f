/// The change between two proportions, with Newcombe's hybrid score interval (his method 10).
///
/// With p₁ = the current share, p₂ = the previous one, and (l₁, u₁), (l₂, u₂) their
/// Wilson intervals, the change d = p₁ − p₂ has the 95% interval
/// [d − √((p₁−l₁)² + (u₂−p₂)²), d + √((u₁−p₁)² + (p₂−l₂)²)] (Newcombe 1998).
/// A change is called significant when that interval excludes 0. It assumes the
/// two periods' respondents are independent samples, which is approximately true
/// for consultations of a changing cohort; a child answering in both periods makes
/// the test conservative rather than wrong.
public struct ProportionChange: Sendable, Hashable {
  /// The change as a fraction (−1…1).
  public var difference: Double
  /// The lower end of its 95% interval, as a fraction.
  public var lower: Double
  /// The upper end of its 95% interval, as a fraction.
  public var upper: Double

  /// The change from `previousCount` of `previousBase` to `count` of `base`; nil when either base is empty.
  public init?(count: Int, base: Int, previousCount: Int, previousBase: Int, z: Double = WilsonInterval.z95) {
    guard let current = WilsonInterval(count: count, base: base, z: z),
      let previous = WilsonInterval(count: previousCount, base: previousBase, z: z)
    else { return nil }
    let p1 = Double(count) / Double(base)
    let p2 = Double(previousCount) / Double(previousBase)
    difference = p1 - p2
    let below = ((p1 - current.lower) * (p1 - current.lower) + (previous.upper - p2) * (previous.upper - p2))
    let above = ((current.upper - p1) * (current.upper - p1) + (p2 - previous.lower) * (p2 - previous.lower))
    lower = difference - below.squareRoot()
    upper = difference + above.squareRoot()
  }

  /// Whether the 95% interval of the change excludes zero.
  public var isSignificant: Bool { lower > 0 || upper < 0 }

  /// The interval in percentage points.
  public var points: PercentInterval { PercentInterval(lower: lower * 100, upper: upper * 100) }
}
