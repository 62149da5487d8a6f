/// How one indicator of a promise stands in a period: its share, the change since the period before, and its rating.
///
/// Figures are unrounded percentages. On a base too small for a colour the
/// rating is grey and the share, interval and change are nil; a base that is
/// itself a suppressed count is nil too. When the positive answers or the others
/// are a small count, the share, interval and change are withheld as well
/// (``isSuppressed``) but the rating stands: a colour gives no count away.
public struct IndicatorSummary: Sendable, Hashable {
  /// One period of the indicator's trend.
  public struct Point: Sendable, Hashable {
    public var period: Period
    /// The positive share in percent; nil when the base is too small to show it or the share is withheld.
    public var value: Double?
    /// Respondents who answered; nil when that count is suppressed.
    public var base: Int?
    /// Whether the share is withheld because the positive answers or the others are a small count.
    public var isSuppressed = false
  }

  public var instrument: String
  public var question: String
  public var target: Double
  public var redBelow: Double
  /// The positive share in the period, in percent.
  public var value: Double?
  public var base: Int?
  /// Wilson's 95% interval for the share, in percent.
  public var ci95: ClosedRange<Double>?
  /// The latest period of the same length before this one with evidence for the indicator.
  public var previousPeriod: Period?
  /// The share in ``previousPeriod``, in percent.
  public var previous: Double?
  /// ``value`` minus ``previous``, in percentage points.
  public var change: Double?
  /// Whether Newcombe's 95% interval for the change leaves out zero.
  public var isSignificant: Bool?
  public var rating: Rating
  /// Whether the share, interval and change are withheld because the positive answers or the others are a small
  /// count; the rating is still given.
  public var isSuppressed = false
  /// Every loaded period up to this one, oldest first.
  public var series: [Point]

  /// Rates `indicator` in `period` from its evidence, compared with the period before.
  init(indicator: Indicator, evidence: [IndicatorEvidence], period: Period?, threshold: EvidenceThreshold) {
    instrument = indicator.instrument
    question = indicator.question
    target = indicator.target
    redBelow = indicator.redBelow
    rating = .grey
    series = []
    guard let period else { return }
    series = evidence.periods(through: period).map { point in
      let counts = evidence.counts(in: point) ?? (0, 0)
      let isSuppressed = threshold.isEnough(base: counts.base) && threshold.hidesShare(counts)
      let value = threshold.isEnough(base: counts.base) && !isSuppressed ? Self.share(counts) : nil
      return Point(period: point, value: value, base: threshold.shown(base: counts.base), isSuppressed: isSuppressed)
    }
    previousPeriod = evidence.previous(before: period)
    var before: (positive: Int, base: Int)?
    if let previousPeriod, let counts = evidence.counts(in: previousPeriod), threshold.isEnough(base: counts.base),
      !threshold.hidesShare(counts)
    {
      before = counts
      previous = Self.share(counts)
    }
    let now = evidence.counts(in: period) ?? (0, 0)
    base = threshold.shown(base: now.base)
    guard threshold.isEnough(base: now.base) else { return }
    rating = Rating(positive: now.positive, base: now.base, target: target, redBelow: redBelow)
    isSuppressed = threshold.hidesShare(now)
    guard !isSuppressed else { return }
    value = Self.share(now)
    ci95 = WilsonInterval(count: now.positive, base: now.base).map { $0.percent.lower...$0.percent.upper }
    guard let before else { return }
    change = Self.share(now) - Self.share(before)
    isSignificant =
      ProportionChange(
        count: now.positive, base: now.base, previousCount: before.positive, previousBase: before.base
      )?.isSignificant
  }

  private static func share(_ counts: (positive: Int, base: Int)) -> Double {
    Double(counts.positive) / Double(counts.base) * 100
  }
}
