/// The pledge-tracking summary: every promise with its evidence, rating, trend and actions, for one period and day.
///
/// Built by ``evaluate(pledge:evidence:themes:period:asOf:disclosure:rollUp:)``
/// from counts the tally and themes stages produce; it reads no file and no clock.
public struct PledgeSummary: Sendable, Hashable {
  /// The Pledge's id.
  public var pledge: String
  public var title: String
  /// The period reported on; nil when no evidence was loaded and none was asked for.
  public var period: Period?
  /// The latest period of the same length before ``period`` with evidence for any indicator.
  public var previousPeriod: Period?
  /// The day actions are judged on.
  public var asOf: Day
  public var rollUp: RollUp
  /// The small-number rule the figures were hidden by.
  public var disclosure: DisclosureRule
  public var commitments: [CommitmentSummary]
  public var actionTotals: ActionTotals

  /// Rates every promise of `pledge` in `period` and judges its actions as of `asOf`.
  ///
  /// - Parameters:
  ///   - evidence: for each indicator's measure, one value per loaded period with responses to its instrument.
  ///   - themes: for each theme link, one value per loaded period with comments.
  ///   - period: the period to report on; by default the latest period with any evidence.
  ///   - disclosure: the small-number rule; an indicator on a base under it is grey.
  public static func evaluate(
    pledge: Pledge,
    evidence: [IndicatorMeasure: [IndicatorEvidence]],
    themes: [ThemeLink: [ThemeEvidence]] = [:],
    period: Period? = nil,
    asOf: Day,
    disclosure: DisclosureRule = .standard,
    rollUp: RollUp = .worstIndicator
  ) -> PledgeSummary {
    let chosen = period ?? latestPeriod(evidence: evidence, themes: themes)
    let threshold = EvidenceThreshold(minimumBase: pledge.minimumBase, disclosure: disclosure)
    var allActions: [TrackedAction] = []
    let commitments = pledge.commitments.map { commitment in
      let indicators = commitment.indicators.map {
        IndicatorSummary(indicator: $0, evidence: evidence[$0.measure] ?? [], period: chosen, threshold: threshold)
      }
      let linked = commitment.themes.map {
        ThemeSummary(link: $0, evidence: themes[$0] ?? [], period: chosen, disclosure: disclosure)
      }
      let actions = commitment.actions.map { TrackedAction($0, asOf: asOf) }
      allActions += actions
      return CommitmentSummary(
        id: commitment.id, promise: commitment.promise, plain: commitment.plain,
        rating: rollUp.rating(of: indicators.map(\.rating)), indicators: indicators, themes: linked, actions: actions)
    }
    return PledgeSummary(
      pledge: pledge.id, title: pledge.title, period: chosen,
      previousPeriod: commitments.flatMap { $0.indicators.compactMap(\.previousPeriod) }.max(),
      asOf: asOf, rollUp: rollUp, disclosure: disclosure, commitments: commitments,
      actionTotals: ActionTotals(allActions, asOf: asOf))
  }

  /// The latest period that any indicator or theme has evidence for.
  public static func latestPeriod(
    evidence: [IndicatorMeasure: [IndicatorEvidence]], themes: [ThemeLink: [ThemeEvidence]] = [:]
  ) -> Period? {
    let indicatorPeriods = evidence.values.joined().map(\.period)
    let themePeriods = themes.values.joined().map(\.period)
    return (indicatorPeriods + themePeriods).max()
  }
}
