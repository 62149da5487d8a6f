import SurveyFormats

/// The words of one text answer, with what theme coding needs to know about who said them and when.
public struct TextAnswer: Sendable, Hashable {
  /// The response's id.
  public var responseID: String
  /// The question's position in the current definition's ``Instrument/questions``.
  public var question: Int
  /// The words, as the respondent wrote them (not yet redacted).
  public var text: String
  /// The response's own period.
  public var period: Period
  /// The response's submission date, if it had one.
  public var submitted: Day?
  /// The response's attribute values, aligned with the current definition's attributes.
  public var attributes: [String?]
  /// Where the response started in the file it was loaded from.
  public var location: SourceLocation

  /// A text answer with its context.
  public init(
    responseID: String, question: Int, text: String, period: Period, submitted: Day?, attributes: [String?],
    location: SourceLocation
  ) {
    self.responseID = responseID
    self.question = question
    self.text = text
    self.period = period
    self.submitted = submitted
    self.attributes = attributes
    self.location = location
  }
}
