import SurveyFormats

/// Gathers what the cells of one response say, then checks and finishes the response.
///
/// Shared by the table and the XML readers: they differ in how they find a cell's
/// role and read it, not in what they do with the reading. One assembly is reused
/// from response to response.
struct ResponseAssembly {
  /// A problem with one value, kept until the response id is known so the message can name it.
  struct Problem {
    var column: Int?
    var heading: String
    var severity: Diagnostic.Severity
    var message: String
  }

  let vocabulary: InstrumentVocabulary
  private var answers: [Answer]
  private var attributes: [String?]
  private var ticked: [ChoiceSet]
  private var tickShown: [Bool]
  private var id: String?
  private var toolID: String?
  private var date: (text: String, day: Day?)?
  private var toolDate: (text: String, day: Day?)?
  private var problems: [Problem] = []

  init(vocabulary: InstrumentVocabulary) {
    self.vocabulary = vocabulary
    let questions = vocabulary.instrument.questions.count
    answers = Array(repeating: .notShown, count: questions)
    attributes = Array(repeating: nil, count: vocabulary.instrument.respondent.attributes.count)
    ticked = Array(repeating: ChoiceSet(), count: questions)
    tickShown = Array(repeating: false, count: questions)
  }

  /// Clears everything gathered, keeping the buffers, for the next response.
  ///
  /// The answers and attributes are made anew rather than cleared: the last response
  /// shares their buffers, so clearing them in place would first copy them.
  mutating func reset() {
    answers = Array(repeating: .notShown, count: answers.count)
    attributes = Array(repeating: nil, count: attributes.count)
    for index in ticked.indices {
      ticked[index] = ChoiceSet()
      tickShown[index] = false
    }
    id = nil
    toolID = nil
    date = nil
    toolDate = nil
    problems.removeAll(keepingCapacity: true)
  }

  /// Takes what one cell says for its role.
  mutating func apply(_ reading: CellReading, as role: ColumnRole, column: Int?, heading: String) {
    // A switch on the reading alone: one on the pair `(role, reading)` would copy the reading into a tuple
    // first, twenty million times in a large load.
    switch reading {
    case .answer(let result):
      guard case .answer(let question) = role else { return }
      switch result {
      case .success(let answer):
        answers[question] = answer
      case .failure(let problem):
        problems.append(
          Problem(column: column, heading: heading, severity: .error, message: describe(problem, question)))
      }
    case .tick(let tick, let cell):
      guard case .tick(let question, let option) = role else { return }
      switch tick {
      case .ticked:
        ticked[question].insert(option)
        tickShown[question] = true
      case .unticked:
        tickShown[question] = true
      case .notShown:
        break
      case .unreadable:
        let label = vocabulary.instrument.questions[question].options[option].label
        problems.append(
          Problem(
            column: column, heading: heading, severity: .error,
            message: "\"\(cell)\" does not say whether \"\(label)\" was ticked; a ticked box is written "
              + "1, Y or Yes and an empty one 0, N, No or nothing"))
      }
    case .identifier(let value):
      switch role {
      case .respondentID: id = value
      case .toolResponseID: toolID = value
      default: break
      }
    case .date(let text, let day):
      switch role {
      case .submitted: date = (text, day)
      case .toolSubmitted: toolDate = (text, day)
      default: break
      }
    case .attribute(let result):
      guard case .attribute(let index) = role else { return }
      switch result {
      case .success(let value):
        attributes[index] = value
      case .failure(let unknown):
        let attribute = vocabulary.instrument.respondent.attributes[index]
        let allowed = attribute.values.map(\.value).joined(separator: ", ")
        problems.append(
          Problem(
            column: column, heading: heading, severity: .error,
            message:
              "\"\(unknown.text)\" is not a value of \(attribute.label) (\(attribute.id)); the values are \(allowed)"))
      }
    case .nothing:
      break
    }
  }

  /// Whether the response carries an id of its own, so none need be made from its values.
  var hasOwnID: Bool { id != nil || toolID != nil }

  /// The finished response, with a diagnostic for every problem met while gathering it.
  mutating func finish(
    fallbackID: String?, file: String, line: Int, diagnostics: inout [Diagnostic]
  ) -> (response: Response, hasErrors: Bool) {
    for question in ticked.indices where tickShown[question] || !ticked[question].isEmpty {
      answers[question] = ticked[question].isEmpty ? .skipped : .choices(ticked[question])
    }
    let responseID = id ?? toolID ?? fallbackID ?? ""
    let written = date ?? toolDate
    if let written, written.day == nil {
      problems.append(
        Problem(
          column: nil, heading: vocabulary.instrument.respondent.submitted ?? "submitted", severity: .warning,
          message: "the date \"\(written.text)\" cannot be read, so this response keeps no date; write dates as "
            + "2025-07-01 or 01/07/2025"))
    }
    var hasErrors = false
    for problem in problems {
      hasErrors = hasErrors || problem.severity == .error
      diagnostics.append(
        Diagnostic(
          problem.severity, at: SourceLocation(file: file, line: line, column: problem.column.map { $0 + 1 }),
          "\(problem.message) (column \"\(problem.heading)\", response \(responseID))"))
    }
    let response = Response(
      id: responseID, submitted: written?.day, attributes: attributes, answers: answers,
      location: SourceLocation(file: file, line: line))
    return (response, hasErrors)
  }

  private func describe(_ problem: AnswerProblem, _ question: Int) -> String {
    let item = vocabulary.instrument.questions[question]
    switch problem {
    case .unknownOption(let value, let closest):
      let answers = item.options.map(\.label).joined(separator: ", ")
      let hint = closest.map { "; did you mean \"\($0)\"?" } ?? ""
      return "\"\(value)\" is not an answer to \"\(item.text)\" (\(item.id)); the answers are \(answers)\(hint)"
    case .ambiguousOption(let value, let options):
      return "\"\(value)\" could be any of \(options.joined(separator: ", ")) for \(item.id); "
        + "give the options labels or aliases that tell them apart"
    case .notANumber(let value):
      return "\"\(value)\" is not a number, and \(item.id) asks for one; write digits only, such as 3 or 2.5"
    case .absurdNumber(let value):
      return "\"\(value)\" is far too large to be an answer to \(item.id) (more than a thousand million million); "
        + "check the original form, and correct the value or leave it empty"
    }
  }
}
