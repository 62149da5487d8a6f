import Foundation

/// How the values of a `multiple` answer are written in one cell.
enum MultipleValues: Sendable, Hashable {
  /// Joined by a separator, perhaps with one trailing (`Sport;Music;` as Microsoft Forms writes it).
  case separated(by: String)
  /// Joined by spaces, as ODK writes select_multiple choice names.
  case spaceSeparated
  /// Labels joined by `, ` (Google Forms): matched against the options longest first, since labels may hold commas.
  case commaJoinedLabels
}

/// Why a cell could not be read as an answer.
enum AnswerProblem: Error, Hashable {
  case unknownOption(value: String, closest: String?)
  case ambiguousOption(value: String, options: [String])
  case notANumber(String)
  case absurdNumber(String)
}

/// Turns the text of one cell into an ``Answer`` to one question.
struct AnswerReader: Sendable {
  let vocabulary: InstrumentVocabulary
  let multiple: MultipleValues
  /// Cell texts a dialect writes for a question that was not shown (`{question_not_shown}`).
  let notShownMarkers: Set<String>
  /// Cell texts a dialect writes for a question shown but not answered (Qualtrics' `-99`).
  let skippedMarkers: Set<String>

  init(
    vocabulary: InstrumentVocabulary, multiple: MultipleValues,
    notShownMarkers: Set<String> = [], skippedMarkers: Set<String> = []
  ) {
    self.vocabulary = vocabulary
    self.multiple = multiple
    self.notShownMarkers = notShownMarkers
    self.skippedMarkers = skippedMarkers
  }

  func answer(to question: Int, cell: String) -> Result<Answer, AnswerProblem> {
    let text = cell.trimmed
    if notShownMarkers.contains(text) { return .success(.notShown) }
    if text.isEmpty || skippedMarkers.contains(text) { return .success(.skipped) }
    switch vocabulary.instrument.questions[question].type {
    case .single, .scale:
      return option(of: question, matching: text).map { .choice($0) }
    case .multiple:
      return choices(of: question, in: text)
    case .number:
      guard text.utf8.allSatisfy(Self.isDecimalByte), let number = Double(text), number.isFinite else {
        return .failure(.notANumber(text))
      }
      guard abs(number) <= Self.largestNumber else { return .failure(.absurdNumber(text)) }
      return .success(.number(number))
    case .text:
      return .success(.text(text))
    }
  }

  /// The largest number an answer may be: far past any count, age, sum of money or hours a survey asks for,
  /// and small enough that a million of them add up exactly.
  static let largestNumber = 1e15

  /// Whether a byte may appear in a number written plainly (`-3`, `2.5`, `1e3`); not `0x1p3`, `nan` or `inf`.
  static func isDecimalByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
  }

  /// The position of the option a value names, by its value, label or an alias.
  func option(of question: Int, matching value: String) -> Result<Int, AnswerProblem> {
    guard let index = vocabulary.options[question] else {
      return .failure(.unknownOption(value: value, closest: nil))
    }
    switch index.match(value) {
    case .exact(let position), .folded(let position):
      return .success(position)
    case .ambiguous(let positions):
      let labels = positions.map { vocabulary.instrument.questions[question].options[$0].label }
      return .failure(.ambiguousOption(value: value, options: labels))
    case .none:
      let options = vocabulary.instrument.questions[question].options
      let closest = Names.closest(to: value, among: options.map(\.label) + options.map(\.value))
      return .failure(.unknownOption(value: value, closest: closest))
    }
  }

  private func choices(of question: Int, in text: String) -> Result<Answer, AnswerProblem> {
    // A whole cell that names one option is that option, even if its label holds a separator.
    if let position = vocabulary.options[question]?.match(text).target {
      return .success(.choices(ChoiceSet([position])))
    }
    let values: [String]
    switch multiple {
    case .separated(let separator):
      values = text.components(separatedBy: separator)
    case .spaceSeparated:
      values = text.split(whereSeparator: \.isWhitespace).map(String.init)
    case .commaJoinedLabels:
      return labelsJoinedByCommas(of: question, in: text)
    }
    var chosen = ChoiceSet()
    for value in values {
      let trimmed = value.trimmed
      guard !trimmed.isEmpty else { continue }
      switch option(of: question, matching: trimmed) {
      case .success(let position): chosen.insert(position)
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(chosen.isEmpty ? .skipped : .choices(chosen))
  }

  /// Google Forms joins checkbox labels with `, `; at each place the longest option name that fits is taken.
  private func labelsJoinedByCommas(of question: Int, in text: String) -> Result<Answer, AnswerProblem> {
    let options = vocabulary.instrument.questions[question].options
    let names = options.enumerated()
      .flatMap { position, option in
        ([option.label, option.value] + option.aliases).map { (Names.normalized($0), position) }
      }
      .sorted { $0.0.count > $1.0.count }
    var rest = Substring(Names.normalized(text))
    var chosen = ChoiceSet()
    while !rest.isEmpty {
      if let (name, position) = names.first(where: { rest.hasPrefix($0.0) && fitsBeforeSeparator(rest, $0.0) }) {
        chosen.insert(position)
        rest = rest.dropFirst(name.count)
      } else {
        let unknown = rest.range(of: ", ").map { rest[..<$0.lowerBound] } ?? rest
        let closest = Names.closest(to: String(unknown), among: options.map(\.label))
        return .failure(.unknownOption(value: String(unknown), closest: closest))
      }
      if rest.hasPrefix(", ") { rest = rest.dropFirst(2) }
    }
    return .success(chosen.isEmpty ? .skipped : .choices(chosen))
  }

  private func fitsBeforeSeparator(_ rest: Substring, _ name: String) -> Bool {
    let after = rest.dropFirst(name.count)
    return after.isEmpty || after.hasPrefix(", ")
  }
}
