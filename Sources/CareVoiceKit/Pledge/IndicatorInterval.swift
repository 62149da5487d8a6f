/// The 95% intervals a pledge indicator shows: Wilson's for its share, Newcombe's for its change.
///
/// Kept in the Pledge stage until it is unified with the tally's own intervals;
/// both follow the same formulas. Results are in percent (or percentage points).
enum IndicatorInterval {
  /// The standard normal quantile for a two-sided 95% interval.
  static let z = 1.959963984540054

  /// Wilson's score interval for `positive` of `base`, in percent; nil on an empty base.
  ///
  /// With p = positive / n: centre (p + z²/2n) / (1 + z²/n), half-width
  /// z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
  static func wilson(positive: Int, base: Int) -> ClosedRange<Double>? {
    guard let fraction = wilsonFraction(positive: positive, base: base) else { return nil }
    return fraction.lowerBound * 100...fraction.upperBound * 100
  }

  /// Newcombe's hybrid score interval (his method 10) for the change from `before` to `now`, in percentage points.
  ///
  /// With p₁ the current share, p₂ the previous one and (l, u) their Wilson
  /// intervals, the change d = p₁ − p₂ has the interval
  /// [d − √((p₁−l₁)² + (u₂−p₂)²), d + √((u₁−p₁)² + (p₂−l₂)²)] (Newcombe 1998).
  static func change(
    from before: (positive: Int, base: Int), to now: (positive: Int, base: Int)
  ) -> ClosedRange<Double>? {
    guard let current = wilsonFraction(positive: now.positive, base: now.base),
      let previous = wilsonFraction(positive: before.positive, base: before.base)
    else { return nil }
    let p1 = Double(now.positive) / Double(now.base)
    let p2 = Double(before.positive) / Double(before.base)
    let difference = p1 - p2
    let below = (square(p1 - current.lowerBound) + square(previous.upperBound - p2)).squareRoot()
    let above = (square(current.upperBound - p1) + square(p2 - previous.lowerBound)).squareRoot()
    return (difference - below) * 100...(difference + above) * 100
  }

  private static func wilsonFraction(positive: Int, base: Int) -> ClosedRange<Double>? {
    guard base > 0, (0...base).contains(positive) else { return nil }
    let n = Double(base)
    let p = Double(positive) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    let lower = positive == 0 ? 0 : max(0, centre - half)
    let upper = positive == base ? 1 : min(1, centre + half)
    return lower...upper
  }

  private static func square(_ x: Double) -> Double { x * x }
}
