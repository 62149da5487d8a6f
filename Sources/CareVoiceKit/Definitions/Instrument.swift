/// What one survey asks: its questions, their answer scales, and which fields identify and describe a respondent.
///
/// Loaded from `instruments/<id>.yaml` in a workspace (DESIGN.md §4).
public struct Instrument: Sendable, Hashable, Codable {
  /// The kind of consultation an instrument is, as a council would file it.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case reviewConsultation = "review-consultation"
    case fosterCarerSurvey = "foster-carer-survey"
    case ciccConsultation = "cicc-consultation"
    case other
  }

  public var id: String
  public var title: String
  public var kind: Kind
  public var respondent: RespondentFields
  public var questions: [Question]
  /// What separates the values of a `multiple` answer in a CSV cell (default `;`).
  public var separator: String
  /// A digest of the definition's YAML, recorded with every batch read with it.
  public var version: String

  public init(
    id: String, title: String, kind: Kind = .other, respondent: RespondentFields = .init(),
    questions: [Question], separator: String = ";", version: String = ""
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.respondent = respondent
    self.questions = questions
    self.separator = separator
    self.version = version
  }

  /// The question with this id, if the instrument has one.
  public func question(_ id: String) -> Question? {
    questions.first { $0.id == id }
  }

  /// The position of the question with this id in ``questions``.
  public func index(ofQuestion id: String) -> Int? {
    questions.firstIndex { $0.id == id }
  }
}

/// The fields of a response that say who answered and when, rather than what they said.
public struct RespondentFields: Sendable, Hashable, Codable {
  /// The field holding a unique response id; without one, a digest of the response's content stands in.
  public var id: String?
  /// The field holding the submission date.
  public var submitted: String?
  /// Fields used for breakdowns (age band, placement type); never identifying.
  public var attributes: [Attribute]

  public init(id: String? = nil, submitted: String? = nil, attributes: [Attribute] = []) {
    self.id = id
    self.submitted = submitted
    self.attributes = attributes
  }
}

/// A respondent field used for breakdowns, such as an age band, with the values it may take.
public struct Attribute: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  /// The values it may take; matched by value, label or alias like a question's options.
  public var values: [Option]

  public init(id: String, label: String, values: [Option]) {
    self.id = id
    self.label = label
    self.values = values
  }
}
