/// One free-text answer to a question, with what the theme figures are broken down by.
public struct RespondentComment: Sendable, Hashable {
  /// An opaque key telling respondents apart (a response id); it is never written to any output.
  public var respondent: String
  /// The period of the batch the comment came in.
  public var period: Period
  /// The respondent's value of the breakdown attribute (`--by`), if there is one.
  public var group: String?
  /// What the respondent wrote, as exported.
  public var text: String

  /// One respondent's comment in a period, with their breakdown value if any.
  public init(respondent: String, period: Period, group: String? = nil, text: String) {
    self.respondent = respondent
    self.period = period
    self.group = group
    self.text = text
  }
}
