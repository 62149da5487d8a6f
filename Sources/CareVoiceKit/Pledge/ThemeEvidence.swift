/// What one period's comments say about a theme linked to a promise, as the themes tally counted them.
///
/// Counts are the true counts; the pledge summary hides them itself under the
/// disclosure rule. `isSuppressed` carries a hiding the themes tally decided for
/// its own reasons (secondary suppression), which the summary keeps.
public struct ThemeEvidence: Sendable, Hashable {
  public var period: Period
  /// The theme's label in its codebook.
  public var label: String
  /// Respondents with at least one mention of the theme that is not negated.
  public var respondents: Int
  /// Respondents who answered the comment question.
  public var answered: Int
  public var isSuppressed: Bool

  public init(period: Period, label: String, respondents: Int, answered: Int, isSuppressed: Bool = false) {
    self.period = period
    self.label = label
    self.respondents = respondents
    self.answered = answered
    self.isSuppressed = isSuppressed
  }
}
