import SurveyFormats

/// Turns stored blocks back into ``Response`` values of the current definition, reusing one value so a scan allocates almost nothing per response.
struct ResponseScanner {
  private(set) var response: Response
  private var entry: ScanPlan.Entry?
  private var mapping: SnapshotMapping?
  /// The words of the current response's text answers, by stored question position.
  private var words: [String?] = []
  private var wordsSet: [Int] = []

  init(instrument: Instrument) {
    response = Response(
      id: "", attributes: Array(repeating: nil, count: instrument.respondent.attributes.count),
      answers: Array(repeating: .notShown, count: instrument.questions.count),
      location: SourceLocation(file: "", line: 0))
  }

  /// Starts reading the blocks of another batch.
  mutating func start(_ entry: ScanPlan.Entry) {
    self.entry = entry
    mapping = entry.mapping
    words = Array(repeating: nil, count: entry.mapping.questions.count)
    wordsSet.removeAll()
    response.location.file = entry.source
  }

  /// Calls `body` with each response of a block, its texts from `texts` when given; false when the bytes are damaged.
  mutating func read(
    _ block: inout BlockReader, texts: UnsafeRawBufferPointer?, losses: inout LossReport,
    _ body: (Response) throws -> Void
  ) rethrows -> Bool {
    var textReader = texts.map(PackedTexts.Reader.init)
    for position in 0..<block.count {
      guard let head = block.nextHead() else { return false }
      response.id = String(decoding: head.id, as: UTF8.self)
      response.submitted = head.submitted
      response.location.line = head.line
      guard readAttributes(&block.records) else { return false }
      if textReader != nil, !readWords(&textReader, position: position) { return false }
      guard readAnswers(&block.records, line: head.line, losses: &losses) else { return false }
      try body(response)
      clearWords()
    }
    return block.isAtEnd && (textReader?.isAtEnd ?? true)
  }

  /// Reads one response's attribute values into ``response``; false when the bytes are damaged.
  mutating func readAttributes(_ reader: inout ByteReader) -> Bool {
    guard let mapping else { return false }
    for index in response.attributes.indices { response.attributes[index] = nil }
    return PackedAttributes.unpack(
      &reader, mapping: mapping.attributes, storedValues: mapping.attributeValues, into: &response.attributes)
  }

  private mutating func readAnswers(_ reader: inout ByteReader, line: Int, losses: inout LossReport) -> Bool {
    guard let mapping else { return false }
    var lost: [(SnapshotMapping.Loss, Int)] = []
    let questionCount = mapping.questions.count
    let hasWords = !wordsSet.isEmpty
    let intact = response.answers.withUnsafeMutableBufferPointer { current -> Bool in
      if mapping.isIdentity, current.count == questionCount {
        return PackedAnswers.decode(from: &reader, into: current, words: words)
      }
      for index in current.indices { current[index] = .notShown }
      for question in 0..<questionCount {
        guard let stored = PackedAnswers.next(from: &reader) else { return false }
        if let position = mapping.questions[question] {
          let (answer, loss) = mapping.answer(stored, question: question, words: hasWords ? words[question] : nil)
          current[position] = answer
          if let loss { lost.append((loss, question)) }
        }
      }
      return true
    }
    if let entry {
      for (loss, question) in lost { losses.record(loss, question: question, line: line, in: entry) }
    }
    return intact
  }

  /// Reads the text entries of the response at `position`; false when the bytes are damaged.
  private mutating func readWords(_ reader: inout PackedTexts.Reader?, position: Int) -> Bool {
    while let next = reader?.nextPosition(), next == position {
      guard let entry = reader?.next(), entry.question < words.count else { return false }
      words[entry.question] = entry.words
      wordsSet.append(entry.question)
    }
    return true
  }

  private mutating func clearWords() {
    for question in wordsSet { words[question] = nil }
    wordsSet.removeAll(keepingCapacity: true)
  }
}
