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
    /// How many threads code comments: 2 reads the store on one and codes on both (the figures are the same).
    public var codingThreads: Int
    /// Comments handed to a coding thread at a time.
    var batchSize = 4096

    public init(
      instrument: Instrument, question: String? = nil, periods: [Period] = [], breakdown: Breakdown = .none,
      rule: DisclosureRule = .standard, quotesPerTheme: Int = 3, includesUncoded: Bool = false,
      codingThreads: Int = 2
    ) {
      self.instrument = instrument
      self.question = question
      self.periods = periods
      self.breakdown = breakdown
      self.rule = rule
      self.quotesPerTheme = quotesPerTheme
      self.includesUncoded = includesUncoded
      self.codingThreads = codingThreads
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
  ///
  /// Streams: each comment is coded as it is read and folded into running
  /// figures (``QuestionCoding``), so memory does not grow with the number of
  /// comments. With `request.codingThreads` above 1, batches of comments go to
  /// a second thread while this one reads the store; the two codings are merged,
  /// and the figures are the same as with one thread.
  public static func run(_ request: Request, workspace: Workspace, store: Store) throws -> ThemesReport {
    let instrument = request.instrument
    let targets = try codedQuestions(of: instrument, question: request.question, workspace: workspace)
    let periodFilter = request.periods.isEmpty ? nil : request.periods
    let options = ThemeOptions(
      rule: request.rule, quotesPerTheme: request.quotesPerTheme, redactor: Redactor(list: workspace.redaction),
      keepsUncodedComments: request.includesUncoded)
    let start = QuestionCodings(matchers: targets.map { CodebookMatcher($0.codebook) }, options: options)
    var slots = Array(repeating: -1, count: instrument.questions.count)
    for (slot, target) in targets.enumerated() {
      if let index = instrument.index(ofQuestion: target.question.id) { slots[index] = slot }
    }
    var reading = CommentReading(
      breakdown: request.breakdown, instrument: instrument, slots: slots, batchSize: request.batchSize)
    var local = start
    let channel = request.codingThreads > 1 ? BatchChannel() : nil
    channel?.startCoding(start)
    func dispatch(_ batch: CommentBatch) {
      if channel?.offer(batch) != true { local.add(batch) }
    }
    do {
      try store.forEachTextAnswer(instrument: instrument, question: request.question, periods: periodFilter) {
        answer in
        if let batch = reading.read(answer) { dispatch(batch) }
      }
    } catch {
      _ = channel?.finish()
      throw error
    }
    dispatch(reading.remainder())
    if let other = channel?.finish() { local.merge(other) }
    var codings = local
    let questions = targets.indices.map { slot in
      codings.questions[slot].finish(
        question: targets[slot].question.id, periods: reading.periods, groups: reading.groups)
    }
    return ThemesReport(
      instrument: instrument.id, periods: periodFilter ?? reading.periods.sorted(), rule: request.rule,
      breakdown: request.breakdown.name, questions: questions)
  }
}
