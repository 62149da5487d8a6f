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

  /// A submission date as written: the day it names, or the text when it names none.
  private enum WrittenDate {
    case day(Day)
    case unreadable(String)
  }

  let vocabulary: InstrumentVocabulary
  private var answers: [ResponseRun.AnswerCode]
  /// The words of the text answers gathered, indexed by their ``ResponseRun/AnswerCode/text(index:)``.
  private var words = Words()
  private var attributes: [Int32]
  private var ticked: [ChoiceSet]
  private var tickShown: [Bool]
  /// Whether a tick column said anything: most exports have none, and their responses skip the ticks.
  private var hasTicks = false
  private var id: String?
  private var toolID: String?
  private var date: WrittenDate?
  private var toolDate: WrittenDate?
  private var problems: [Problem] = []

  init(vocabulary: InstrumentVocabulary) {
    self.vocabulary = vocabulary
    let questions = vocabulary.instrument.questions.count
    answers = Array(repeating: .notShown, count: questions)
    attributes = Array(repeating: -1, count: vocabulary.instrument.respondent.attributes.count)
    ticked = Array(repeating: ChoiceSet(), count: questions)
    tickShown = Array(repeating: false, count: questions)
  }

  /// Clears everything gathered, keeping the buffers, for the next response.
  mutating func reset() {
    answers.withUnsafeMutableBufferPointer { $0.update(repeating: .notShown) }
    attributes.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
    if hasTicks {
      ticked.withUnsafeMutableBufferPointer { $0.update(repeating: ChoiceSet()) }
      tickShown.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
      hasTicks = false
    }
    words.removeAll()
    id = nil
    toolID = nil
    date = nil
    toolDate = nil
    if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
  }

  /// Takes what one cell says for its role.
  mutating func apply(_ reading: CellReading, as role: ColumnRole, column: Int?, heading: String) {
    switch reading {
    case .answer(.failure(let problem)):
      guard case .answer(let question) = role else { return }
      problems.append(
        Problem(column: column, heading: heading, severity: .error, message: describe(problem, question)))
    case .tick(.unreadable, let cell):
      guard case .tick(let question, let option) = role else { return }
      let label = vocabulary.instrument.questions[question].options[option].label
      problems.append(
        Problem(
          column: column, heading: heading, severity: .error,
          message: "\"\(cell)\" does not say whether \"\(label)\" was ticked; a ticked box is written "
            + "1, Y or Yes and an empty one 0, N, No or nothing"))
    case .attribute(.failure(let unknown)):
      guard case .attribute(let index) = role else { return }
      let attribute = vocabulary.instrument.respondent.attributes[index]
      let allowed = attribute.values.map(\.value).joined(separator: ", ")
      problems.append(
        Problem(
          column: column, heading: heading, severity: .error,
          message:
            "\"\(unknown.text)\" is not a value of \(attribute.label) (\(attribute.id)); the values are \(allowed)"))
    case .date(let text, nil):
      setDate(.unreadable(text), as: role)
    case .answer(.success(.text(let text))):
      guard case .answer(let question) = role else { return }
      answers[question] = .text(index: words.append(text))
    case .identifier(let value):
      switch role {
      case .respondentID: id = value
      case .toolResponseID: toolID = value
      default: break
      }
    default:
      // Every reading left has a code that points at no word.
      var none = Words()
      apply(CellCode(reading, cell: "", words: &none), as: role, words: none)
    }
  }

  /// Takes the code of one cell for its role, `words` holding the words it points at.
  ///
  /// A ``CellCode/unread(word:)`` cell is left to the caller, which reads it again and applies the reading.
  mutating func apply(_ code: CellCode, as role: ColumnRole, words: Words) {
    switch code {
    case .answer(let answer):
      guard case .answer(let question) = role else { return }
      if case .text(let word) = answer {
        answers[question] = .text(index: self.words.append(word, of: words))
      } else {
        answers[question] = answer
      }
    case .tick(let tick):
      guard case .tick(let question, let option) = role else { return }
      hasTicks = true
      switch tick {
      case .ticked:
        ticked[question].insert(option)
        tickShown[question] = true
      case .unticked:
        tickShown[question] = true
      case .notShown, .unreadable:
        break
      }
    case .identifier(let word):
      switch role {
      case .respondentID: id = word.map { words[$0] }
      case .toolResponseID: toolID = word.map { words[$0] }
      default: break
      }
    case .date(let day):
      setDate(.day(day), as: role)
    case .attribute(let position):
      guard case .attribute(let index) = role else { return }
      attributes[index] = position.map { Int32($0) } ?? -1
    case .nothing, .unread:
      break
    }
  }

  private mutating func setDate(_ written: WrittenDate, as role: ColumnRole) {
    switch role {
    case .submitted: date = written
    case .toolSubmitted: toolDate = written
    default: break
    }
  }

  /// Whether the response carries an id of its own, so none need be made from its values.
  var hasOwnID: Bool { id != nil || toolID != nil }

  /// Adds the finished response to `run`, with a diagnostic for every problem met while gathering it.
  mutating func finish(
    fallbackID: String?, file: String, line: Int, isDamaged: Bool, diagnostics: inout [Diagnostic],
    into run: inout ResponseRun
  ) {
    if hasTicks {
      for question in ticked.indices where tickShown[question] || !ticked[question].isEmpty {
        answers[question] = ticked[question].isEmpty ? .skipped : .choices(ticked[question])
      }
    }
    let responseID = id ?? toolID ?? fallbackID ?? ""
    var day: Day?
    switch date ?? toolDate {
    case .day(let written)?:
      day = written
    case .unreadable(let text)?:
      problems.append(
        Problem(
          column: nil, heading: vocabulary.instrument.respondent.submitted ?? "submitted", severity: .warning,
          message: "the date \"\(text)\" cannot be read, so this response keeps no date; write dates as "
            + "2025-07-01 or 01/07/2025"))
    case nil:
      break
    }
    var hasErrors = isDamaged
    for problem in problems {
      hasErrors = hasErrors || problem.severity == .error
      var at = SourceLocation(file: file, line: line)
      at.column = problem.column.map { $0 + 1 }
      diagnostics.append(
        Diagnostic(
          problem.severity, at: at, "\(problem.message) (column \"\(problem.heading)\", response \(responseID))"))
    }
    run.append(
      id: responseID, day: day, file: file, line: line, hasErrors: hasErrors, answers: answers, words: words,
      attributes: attributes)
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
