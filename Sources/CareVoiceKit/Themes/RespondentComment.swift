/// One free-text answer to a question, with what the theme figures are broken down by.
public struct RespondentComment: Sendable, Hashable {
  /// An opaque key telling respondents apart (a response id); it is never written to any output.
  public var respondent: String
  public var period: Period
  /// The respondent's value of the breakdown attribute (`--by`), if there is one.
  public var group: String?
  public var text: String

  public init(respondent: String, period: Period, group: String? = nil, text: String) {
    self.respondent = respondent
    self.period = period
    self.group = group
    self.text = text
  }
}
