/// What one period's responses say about an indicator: how many answered its question, and how many positively.
///
/// One value stands for the responses of the batches loaded with that period's
/// label, so two values never count the same response. A period whose batches
/// hold responses to the instrument but none to the question has a base of 0.
public struct IndicatorEvidence: Sendable, Hashable {
  public var period: Period
  /// Respondents who gave one of the positive answers.
  public var positive: Int
  /// Respondents who answered the question.
  public var base: Int

  public init(period: Period, positive: Int, base: Int) {
    self.period = period
    self.positive = positive
    self.base = base
  }
}
