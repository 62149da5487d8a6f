/// What one cell says once read for its column's role: the unit a reader remembers per column.
enum CellReading: Sendable {
  /// An answer to a question, or why the cell is not one.
  case answer(Result<Answer, AnswerProblem>)
  /// Whether one option's tick column is ticked; the cell is kept for the message when it says neither.
  case tick(Tick, cell: String)
  /// A response id, or nil when the cell is empty.
  case identifier(String?)
  /// A submission date as written, and the day it names (nil when it names none).
  case date(text: String, day: Day?)
  /// The position of an attribute's value in its definition, nil when empty, or the text that matches none of its values.
  case attribute(Result<Int?, UnknownAttributeValue>)
  /// Nothing to keep.
  case nothing

  /// Whether remembering the reading per distinct cell text pays: not for ids and free text, which rarely repeat.
  var isWorthRemembering: Bool {
    switch self {
    case .answer(.success(.text)), .identifier: return false
    default: return true
    }
  }
}

/// A cell that names none of an attribute's values.
struct UnknownAttributeValue: Error, Hashable, Sendable {
  var text: String
}

/// Reads cells for their roles: the answer reader for questions, the layout for ticks and dates.
struct CellReader: Sendable {
  let answers: AnswerReader
  let layout: TableLayout

  var vocabulary: InstrumentVocabulary { answers.vocabulary }

  func read(_ cell: String, as role: ColumnRole) -> CellReading {
    switch role {
    case .answer(let question):
      return .answer(answers.answer(to: question, cell: cell))
    case .tick:
      return .tick(layout.tick(cell), cell: cell)
    case .respondentID, .toolResponseID:
      let text = cell.trimmed
      return .identifier(text.isEmpty ? nil : text)
    case .submitted, .toolSubmitted:
      let text = cell.trimmed
      return text.isEmpty ? .nothing : .date(text: text, day: layout.dates.day(from: text))
    case .attribute(let index):
      let text = cell.trimmed
      guard !text.isEmpty else { return .attribute(.success(nil)) }
      guard let position = vocabulary.attributeValues[index].match(text).target else {
        return .attribute(.failure(UnknownAttributeValue(text: text)))
      }
      return .attribute(.success(position))
    case .ignored:
      return .nothing
    }
  }
}
