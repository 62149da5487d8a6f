/// The themes of an instrument's stored comments: read from the store, coded with their codebooks, counted.
public enum ThemesQuery {
  /// What to code and how to show it.
  public struct Request: Sendable {
    public var instrument: Instrument
    /// One text question by id; nil codes every text question that has a codebook.
    public var question: String?
    /// The periods to include; empty means every loaded period.
    public var periods: [Period]
    /// A respondent attribute, or `period`, to break the figures down by.
    public var breakdown: Breakdown
    public var rule: DisclosureRule
    public var quotesPerTheme: Int
    public var includesUncoded: Bool

    public init(
      instrument: Instrument, question: String? = nil, periods: [Period] = [], breakdown: Breakdown = .none,
      rule: DisclosureRule = .standard, quotesPerTheme: Int = 3, includesUncoded: Bool = false
    ) {
      self.instrument = instrument
      self.question = question
      self.periods = periods
      self.breakdown = breakdown
      self.rule = rule
      self.quotesPerTheme = quotesPerTheme
      self.includesUncoded = includesUncoded
    }
  }

  /// Why a question cannot be coded.
  public struct Unavailable: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The text questions to code and their codebooks.
  public static func codedQuestions(
    of instrument: Instrument, question: String?, workspace: Workspace
  ) throws(Unavailable) -> [(question: Question, codebook: Codebook)] {
    let candidates = instrument.questions.filter { question == nil || $0.id == question }
    if let question, candidates.isEmpty {
      let known = instrument.questions.filter { $0.type == .text }.map(\.id).joined(separator: ", ")
      throw Unavailable(description: "\(instrument.id) has no question '\(question)'; its text questions are \(known)")
    }
    var result: [(Question, Codebook)] = []
    for candidate in candidates where candidate.type == .text {
      guard let id = candidate.codebook, let codebook = workspace.codebook(id) else {
        if question != nil {
          throw Unavailable(
            description: "\(candidate.id) has no codebook; name one with `codebook:` in the instrument's definition")
        }
        continue
      }
      result.append((candidate, codebook))
    }
    if let question, result.isEmpty {
      throw Unavailable(description: "\(question) is not a text question, so it has no comments to code")
    }
    return result
  }

  /// Codes the stored comments of every chosen question.
  public static func run(_ request: Request, workspace: Workspace, store: Store) throws -> ThemesReport {
    let instrument = request.instrument
    let targets = try codedQuestions(of: instrument, question: request.question, workspace: workspace)
    let periods = request.periods.isEmpty ? nil : request.periods
    let attribute: Int? = {
      if case .attribute(let id) = request.breakdown {
        return instrument.respondent.attributes.firstIndex { $0.id == id }
      }
      return nil
    }()
    var comments = Array(repeating: [RespondentComment](), count: instrument.questions.count)
    var loadedPeriods = Set<Period>()
    try store.forEachTextAnswer(instrument: instrument, question: request.question, periods: periods) { answer in
      loadedPeriods.insert(answer.period)
      let group: String?
      switch request.breakdown {
      case .none: group = nil
      case .period: group = answer.period.description
      case .attribute: group = attribute.flatMap { answer.attributes[$0] }
      }
      comments[answer.question].append(
        RespondentComment(respondent: answer.responseID, period: answer.period, group: group, text: answer.text))
    }
    let options = ThemeOptions(
      rule: request.rule, quotesPerTheme: request.quotesPerTheme, redactor: Redactor(list: workspace.redaction),
      keepsUncodedComments: request.includesUncoded)
    let questions = targets.map { target in
      QuestionThemes(
        question: target.question.id,
        comments: comments[instrument.index(ofQuestion: target.question.id) ?? 0],
        matcher: CodebookMatcher(target.codebook), options: options)
    }
    return ThemesReport(
      instrument: instrument.id, periods: periods ?? loadedPeriods.sorted(), rule: request.rule,
      breakdown: request.breakdown.name, questions: questions)
  }
}
