import Foundation
import SurveyFormats

/// Gathers the values of one response field by field, then checks and finishes it.
///
/// Shared by the table and the XML readers: they differ in how they find a field's
/// role, not in what they do with its value.
struct ResponseAssembly {
  /// A problem with one value, kept until the response id is known so the message can name it.
  struct Problem {
    var column: Int?
    var heading: String
    var severity: Diagnostic.Severity
    var message: String
  }

  let vocabulary: InstrumentVocabulary
  var answers: [Answer]
  var attributes: [String?]
  var ticked: [ChoiceSet]
  var tickShown: [Bool]
  var id: String?
  var toolID: String?
  var dateText: String?
  var toolDateText: String?
  var problems: [Problem] = []

  init(vocabulary: InstrumentVocabulary) {
    self.vocabulary = vocabulary
    let questions = vocabulary.instrument.questions.count
    answers = Array(repeating: .notShown, count: questions)
    attributes = Array(repeating: nil, count: vocabulary.instrument.respondent.attributes.count)
    ticked = Array(repeating: ChoiceSet(), count: questions)
    tickShown = Array(repeating: false, count: questions)
  }

  /// Takes one value for a field with a known role.
  mutating func take(
    _ value: String, as role: ColumnRole, reader: inout AnswerReader, layoutTick: (String) -> Tick,
    column: Int?, heading: String
  ) {
    switch role {
    case .answer(let question):
      switch reader.rememberedAnswer(to: question, cell: value) {
      case .success(let answer): answers[question] = answer
      case .failure(let problem):
        problems.append(
          Problem(column: column, heading: heading, severity: .error, message: describe(problem, question)))
      }
    case .tick(let question, let option):
      switch layoutTick(value) {
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
            message: "\"\(value)\" does not say whether \"\(label)\" was ticked; a ticked box is written "
              + "1, Y or Yes and an empty one 0, N, No or nothing"))
      }
    case .respondentID: id = nonEmpty(value)
    case .toolResponseID: toolID = nonEmpty(value)
    case .submitted: dateText = nonEmpty(value)
    case .toolSubmitted: toolDateText = nonEmpty(value)
    case .attribute(let index):
      guard let text = nonEmpty(value) else { return }
      let attribute = vocabulary.instrument.respondent.attributes[index]
      if let position = vocabulary.attributeValues[index].match(text).target {
        attributes[index] = attribute.values[position].value
      } else {
        let allowed = attribute.values.map(\.value).joined(separator: ", ")
        problems.append(
          Problem(
            column: column, heading: heading, severity: .error,
            message: "\"\(text)\" is not a value of \(attribute.label) (\(attribute.id)); the values are \(allowed)"))
      }
    case .ignored:
      break
    }
  }

  /// Whether the response carries an id of its own, so none need be made from its values.
  var hasOwnID: Bool { id != nil || toolID != nil }

  /// The finished response, with a diagnostic for every problem met while gathering it.
  mutating func finish(
    dates: SubmissionDate, fallbackID: String?, file: String, line: Int, diagnostics: inout [Diagnostic]
  ) -> (response: Response, hasErrors: Bool) {
    for question in ticked.indices where tickShown[question] || !ticked[question].isEmpty {
      answers[question] = ticked[question].isEmpty ? .skipped : .choices(ticked[question])
    }
    let responseID = id ?? toolID ?? fallbackID ?? ""
    var submitted: Day?
    if let text = dateText ?? toolDateText {
      submitted = dates.day(from: text)
      if submitted == nil {
        problems.append(
          Problem(
            column: nil, heading: vocabulary.instrument.respondent.submitted ?? "submitted", severity: .warning,
            message: "the date \"\(text)\" cannot be read, so this response keeps no date; write dates as "
              + "2025-07-01 or 01/07/2025"))
      }
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
      id: responseID, submitted: submitted, attributes: attributes, answers: answers,
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
    }
  }

  private func nonEmpty(_ value: String) -> String? {
    let trimmed = value.trimmed
    return trimmed.isEmpty ? nil : trimmed
  }
}
