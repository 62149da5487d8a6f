import SurveyFormats

/// Turns stored rows back into ``Response`` values of the current definition, reusing one value so a scan allocates almost nothing per row.
struct ResponseScanner {
  private(set) var response: Response
  private var entry: ScanPlan.Entry?
  /// The words of the current row's text answers, by stored question position.
  private var words: [String?] = []
  private var wordsSet: [Int] = []

  init(instrument: Instrument) {
    response = Response(
      id: "", attributes: Array(repeating: nil, count: instrument.respondent.attributes.count),
      answers: Array(repeating: .notShown, count: instrument.questions.count),
      location: SourceLocation(file: "", line: 0))
  }

  /// Starts reading the rows of another batch.
  mutating func start(_ entry: ScanPlan.Entry) {
    self.entry = entry
    words = Array(repeating: nil, count: entry.mapping.questions.count)
    wordsSet.removeAll()
    response.location.file = entry.source
  }

  /// Reads one row into ``response``; false when its bytes are damaged.
  mutating func read(
    id: String, submitted: String?, line: Int, attributes: UnsafeRawBufferPointer, answers: UnsafeRawBufferPointer,
    texts: UnsafeRawBufferPointer?, losses: inout LossReport
  ) -> Bool {
    guard let entry else { return false }
    response.id = id
    response.submitted = submitted.flatMap { Day(iso: $0) }
    response.location.line = line
    guard readAttributes(attributes) else { return false }
    if let texts, !readWords(texts) { return false }
    defer { clearWords() }
    let mapping = entry.mapping
    if !mapping.isIdentity {
      for index in response.answers.indices { response.answers[index] = .notShown }
    }
    guard var reader = PackedAnswers.Reader(answers) else { return false }
    var question = 0
    while !reader.isAtEnd {
      guard let stored = reader.next(), question < mapping.questions.count else { return false }
      if let current = mapping.questions[question] {
        let (answer, loss) = mapping.answer(stored, question: question, words: texts == nil ? nil : words[question])
        response.answers[current] = answer
        if let loss { losses.record(loss, question: question, line: line, in: entry) }
      }
      question += 1
    }
    return question == mapping.questions.count
  }

  /// Reads the attribute values alone into ``response``; false when the bytes are damaged.
  mutating func readAttributes(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let entry else { return false }
    for index in response.attributes.indices { response.attributes[index] = nil }
    return PackedAttributes.unpack(
      bytes, mapping: entry.mapping.attributes, storedValues: entry.mapping.attributeValues,
      into: &response.attributes)
  }

  private mutating func readWords(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let count = words.count
    var inRange = true
    let intact = PackedTexts.forEach(in: bytes) { question, text in
      guard question < count else {
        inRange = false
        return
      }
      words[question] = text
      wordsSet.append(question)
    }
    return intact && inRange
  }

  private mutating func clearWords() {
    for question in wordsSet { words[question] = nil }
    wordsSet.removeAll(keepingCapacity: true)
  }
}
