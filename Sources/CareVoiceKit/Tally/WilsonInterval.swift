/// A confidence interval for a proportion by Wilson's score method, as fractions from 0 to 1.
///
/// With p = count / base and z = 1.959963984540054 (the 97.5% normal quantile), the centre is
/// (p + z²/2n) / (1 + z²/n) and the half-width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
/// Unlike the textbook p ± z·√(p(1−p)/n) it stays inside [0, 1] and is sensible
/// at 0 or n successes, which small care cohorts hit often (Brown, Cai & DasGupta 2001).
public struct WilsonInterval: Sendable, Hashable {
  /// The standard normal quantile for a two-sided 95% interval.
  public static let z95 = 1.959963984540054

  /// The lower end, as a fraction.
  public var lower: Double
  /// The upper end, as a fraction.
  public var upper: Double

  /// The interval for `count` of `base`, or nil when the base is not positive or the count is outside 0…base.
  public init?(count: Int, base: Int, z: Double = WilsonInterval.z95) {
    guard base > 0, count >= 0, count <= base else { return nil }
    let n = Double(base)
    let p = Double(count) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    lower = count == 0 ? 0 : max(0, centre - half)
    upper = count == base ? 1 : min(1, centre + half)
  }

  /// The interval in percent, as published.
  public var percent: PercentInterval { PercentInterval(lower: lower * 100, upper: upper * 100) }
}

/// An interval in percent (or percentage points), lower bound first.
public struct PercentInterval: Sendable, Hashable {
  /// The lower end.
  public var lower: Double
  /// The upper end.
  public var upper: Double

  /// An interval from its ends.
  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }

  /// Whether the interval lies wholly above or wholly below zero.
  public var excludesZero: Bool { lower > 0 || upper < 0 }
}
