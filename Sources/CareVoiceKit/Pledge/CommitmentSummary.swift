/// How one promise stands: its rating, its indicators, its linked themes and its actions.
public struct CommitmentSummary: Sendable, Hashable {
  public var id: String
  public var promise: String
  /// The promise in plain words for young people, where the council gave one.
  public var plain: String?
  /// The indicators' ratings rolled up; grey when none has enough evidence, or there are none.
  public var rating: Rating
  public var indicators: [IndicatorSummary]
  public var themes: [ThemeSummary]
  public var actions: [TrackedAction]

}
