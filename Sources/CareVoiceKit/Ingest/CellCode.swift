/// A ``CellReading`` in a form that copies without reference counting: what the CSV stage remembers and hands over.
///
/// Text answers and ids point into the chunk's words. A reading with a problem becomes
/// ``unread(word:)``, and is read again where its message is written.
enum CellCode: Sendable {
  /// A non-text answer, or a text answer whose words are `words[index]`.
  case answer(ResponseRun.AnswerCode)
  /// A tick that says ticked, unticked or not shown.
  case tick(Tick)
  /// A response id in `words[word]`, or nil when the cell is empty.
  case identifier(word: Int?)
  /// A submission date that names a day.
  case date(Day)
  /// The position of an attribute's value, nil when the cell is empty.
  case attribute(Int?)
  case nothing
  /// A cell with a problem, kept as it is in `words[word]`.
  case unread(word: Int)

  /// The code of `reading`, read from `cell`; words it keeps are appended to `words`.
  init(_ reading: CellReading, cell: String, words: inout Words) {
    switch reading {
    case .answer(.success(let answer)):
      self = .answer(ResponseRun.AnswerCode(answer, words: &words))
    case .tick(let tick, _) where tick != .unreadable:
      self = .tick(tick)
    case .identifier(let id):
      self = .identifier(word: id.map { words.append($0) })
    case .date(_, let day?):
      self = .date(day)
    case .attribute(.success(let position)):
      self = .attribute(position)
    case .nothing:
      self = .nothing
    case .answer(.failure), .tick, .date, .attribute(.failure):
      self = .unread(word: words.append(cell))
    }
  }

  /// Whether the code can stand for every cell with the same bytes: it points at no word.
  var isWorthRemembering: Bool {
    switch self {
    case .answer(.text), .identifier, .unread: return false
    default: return true
    }
  }
}
