import SurveyFormats

/// Responses read one after another, held in flat arrays rather than one ``Response`` each:
/// how a load hands a large export to the store.
///
/// A million `Response`s cost a million arrays of answers and attributes to make, copy and
/// free; a run holds 512 responses in a handful of arrays whose elements copy without
/// reference counting. Answers and attributes are aligned with the instrument, response
/// after response, as in ``Response``.
public struct ResponseRun: Sendable {
  /// An answer as a run holds it: an ``Answer`` whose words, if any, are kept in ``words``.
  public enum AnswerCode: Sendable, Hashable {
    case notShown
    case skipped
    case choice(Int)
    case choices(ChoiceSet)
    case number(Double)
    /// The words are `words[index]`.
    case text(index: Int)

    /// The code of `answer`, whose words, if any, are appended to `words`.
    init(_ answer: Answer, words: inout Words) {
      switch answer {
      case .notShown: self = .notShown
      case .skipped: self = .skipped
      case .choice(let position): self = .choice(position)
      case .choices(let set): self = .choices(set)
      case .number(let value): self = .number(value)
      case .text(let text): self = .text(index: words.append(text))
      }
    }

    /// The answer the code stands for, its words taken from `words`.
    func answer(words: Words) -> Answer {
      switch self {
      case .notShown: return .notShown
      case .skipped: return .skipped
      case .choice(let position): return .choice(position)
      case .choices(let set): return .choices(set)
      case .number(let value): return .number(value)
      case .text(let word): return .text(words[word])
      }
    }
  }

  /// The listed values of each attribute of the instrument: a response's attribute is held as its position among them.
  public let attributeValues: [[String]]
  public let questionCount: Int
  public private(set) var ids: [String] = []
  public private(set) var days: [Day?] = []
  /// The line each response starts on in its file.
  public private(set) var lines: [Int] = []
  /// The files the responses come from, each with the first response from it: one file, but for a folder of submissions.
  ///
  /// A file name per response would be a million references to one `String`, counted up and
  /// down by every thread a run passes through.
  private var files: [(start: Int, name: String)] = []
  /// Whether an error was reported for the response; `--on-error skip` leaves such responses out.
  public private(set) var errors: [Bool] = []
  /// `questionCount` answers per response.
  public private(set) var answers: [AnswerCode] = []
  /// One per attribute per response: the position of its value in ``attributeValues``, or −1 when not given.
  ///
  /// A value the definition does not list (only a caller outside the readers makes one)
  /// is −2 − its index in ``unlistedValues``.
  public private(set) var attributes: [Int32] = []
  public private(set) var unlistedValues: [String] = []
  /// The words of text answers, indexed by ``AnswerCode/text(index:)``.
  public private(set) var words = Words()

  /// How many responses a reader puts in a run before handing it on.
  public static let standardSize = 512

  /// An empty run for responses to `instrument`, with room for `capacity` of them.
  public init(instrument: Instrument, capacity: Int = 0) {
    attributeValues = instrument.respondent.attributes.map { $0.values.map(\.value) }
    questionCount = instrument.questions.count
    reserveCapacity(capacity)
  }

  public var count: Int { ids.count }
  public var isEmpty: Bool { ids.isEmpty }
  public var indices: Range<Int> { 0..<count }
  public var attributeCount: Int { attributeValues.count }

  mutating func reserveCapacity(_ capacity: Int) {
    guard capacity > 0 else { return }
    ids.reserveCapacity(capacity)
    days.reserveCapacity(capacity)
    lines.reserveCapacity(capacity)
    errors.reserveCapacity(capacity)
    answers.reserveCapacity(capacity * questionCount)
    attributes.reserveCapacity(capacity * attributeCount)
  }

  /// Where the response at `index` starts.
  public func location(at index: Int) -> SourceLocation {
    var low = 0
    var high = files.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if files[middle].start <= index { low = middle } else { high = middle }
    }
    return SourceLocation(file: files[low].name, line: lines[index])
  }

  /// Notes where the response being appended starts.
  private mutating func appendLocation(file: String, line: Int) {
    if files.isEmpty || files[files.count - 1].name != file { files.append((count, file)) }
    lines.append(line)
  }

  /// Adds a response, its answers and attributes as ``ResponseAssembly`` gathered them.
  mutating func append(
    id: String, day: Day?, file: String, line: Int, hasErrors: Bool, answers: [AnswerCode], words: Words,
    attributes: [Int32]
  ) {
    appendLocation(file: file, line: line)
    ids.append(id)
    days.append(day)
    errors.append(hasErrors)
    let offset = self.words.count
    if offset == 0 || words.count == 0 {
      self.answers.append(contentsOf: answers)
    } else {
      for answer in answers {
        if case .text(let index) = answer {
          self.answers.append(.text(index: index + offset))
        } else {
          self.answers.append(answer)
        }
      }
    }
    if words.count > 0 { self.words.append(contentsOf: words) }
    self.attributes.append(contentsOf: attributes)
  }

  /// Adds a response read some other way.
  public mutating func append(_ read: ReadResponse) {
    let response = read.response
    precondition(
      response.answers.count == questionCount && response.attributes.count == attributeCount,
      "ResponseRun: a response with \(response.answers.count) answers and \(response.attributes.count) attributes")
    appendLocation(file: response.location.file, line: response.location.line)
    ids.append(response.id)
    days.append(response.submitted)
    errors.append(read.hasErrors)
    for answer in response.answers { answers.append(AnswerCode(answer, words: &words)) }
    for (index, value) in response.attributes.enumerated() {
      guard let value else {
        attributes.append(-1)
        continue
      }
      if let position = attributeValues[index].firstIndex(of: value) {
        attributes.append(Int32(position))
      } else {
        attributes.append(-2 - Int32(unlistedValues.count))
        unlistedValues.append(value)
      }
    }
  }

  /// Holds a place for a response read later, which ``replace(at:with:)`` then puts there.
  mutating func appendPlaceholder(file: String, line: Int) {
    appendLocation(file: file, line: line)
    ids.append("")
    days.append(nil)
    errors.append(false)
    answers.append(contentsOf: repeatElement(.notShown, count: questionCount))
    attributes.append(contentsOf: repeatElement(-1, count: attributeCount))
  }

  /// Puts the only response of `other`, a run for the same instrument, in place of the response at `index`.
  mutating func replace(at index: Int, with other: ResponseRun) {
    precondition(other.count == 1 && other.questionCount == questionCount && other.attributeCount == attributeCount)
    precondition(other.location(at: 0) == location(at: index), "ResponseRun: a response put in another's place")
    ids[index] = other.ids[0]
    days[index] = other.days[0]
    errors[index] = other.errors[0]
    let wordOffset = words.count
    words.append(contentsOf: other.words)
    for question in 0..<questionCount {
      var answer = other.answers[question]
      if case .text(let word) = answer { answer = .text(index: word + wordOffset) }
      answers[index * questionCount + question] = answer
    }
    for attribute in 0..<attributeCount {
      var code = other.attributes[attribute]
      if code < -1 {
        code = -2 - Int32(unlistedValues.count)
        unlistedValues.append(other.unlistedValues[Int(-2 - other.attributes[attribute])])
      }
      attributes[index * attributeCount + attribute] = code
    }
  }

  /// Marks the response at `index` as having an error.
  mutating func markError(at index: Int) {
    errors[index] = true
  }

  /// The response at `index` as a ``Response``.
  public func readResponse(at index: Int) -> ReadResponse {
    let answers = self.answers[index * questionCount..<(index + 1) * questionCount].map { $0.answer(words: words) }
    let attributes = (0..<attributeCount).map { attributeValue($0, of: index) }
    return ReadResponse(
      response: Response(
        id: ids[index], submitted: days[index], attributes: attributes, answers: answers, location: location(at: index)),
      hasErrors: errors[index])
  }

  /// The value of attribute `attribute` of the response at `index`.
  public func attributeValue(_ attribute: Int, of index: Int) -> String? {
    let code = attributes[index * attributeCount + attribute]
    if code >= 0 { return attributeValues[attribute][Int(code)] }
    return code == -1 ? nil : unlistedValues[Int(-2 - code)]
  }
}
