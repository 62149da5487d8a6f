import SurveyFormats

/// What one respondent said, checked against an instrument: the output of every source adapter.
///
/// ``answers`` and ``attributes`` are aligned with the instrument's questions and
/// attributes, position for position, so that loading and tallying a million
/// responses never hashes a question id.
public struct Response: Sendable, Hashable {
  /// The respondent field's value, the dialect's own response id, or a digest of the content.
  public var id: String
  public var submitted: Day?
  /// One value per attribute of the instrument, nil where the response does not say.
  public var attributes: [String?]
  /// One answer per question of the instrument.
  public var answers: [Answer]
  /// Where the response starts in its source file.
  public var location: SourceLocation

  public init(
    id: String, submitted: Day? = nil, attributes: [String?], answers: [Answer],
    location: SourceLocation
  ) {
    self.id = id
    self.submitted = submitted
    self.attributes = attributes
    self.answers = answers
    self.location = location
  }

  /// The answer to the question with this id.
  public func answer(to questionID: String, in instrument: Instrument) -> Answer? {
    instrument.index(ofQuestion: questionID).map { answers[$0] }
  }

  /// The value of the attribute with this id.
  public func attribute(_ attributeID: String, in instrument: Instrument) -> String? {
    instrument.respondent.attributes.firstIndex { $0.id == attributeID }.flatMap { attributes[$0] }
  }
}

/// One answer, keeping apart a question the respondent never saw, one they left empty, and one they answered.
public enum Answer: Sendable, Hashable {
  /// The question was not shown: its field is absent or the dialect marks it so.
  case notShown
  /// Shown and left empty; for a `multiple` question, shown with nothing ticked.
  case skipped
  /// The position of the chosen option (`single`, `scale`).
  case choice(Int)
  /// The positions of the ticked options (`multiple`), never empty.
  case choices(ChoiceSet)
  case number(Double)
  case text(String)

  /// Whether the respondent gave an answer (neither skipped nor not shown).
  public var isAnswered: Bool {
    switch self {
    case .notShown, .skipped: return false
    default: return true
    }
  }
}
