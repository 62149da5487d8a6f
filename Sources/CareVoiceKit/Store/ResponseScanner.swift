import SurveyFormats

/// Turns stored rows back into ``Response`` values of the current definition, reusing one value so a scan allocates almost nothing per row.
struct ResponseScanner {
  private(set) var response: Response
  private var entry: ScanPlan.Entry?
  private var mapping: SnapshotMapping?
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
    mapping = entry.mapping
    words = Array(repeating: nil, count: entry.mapping.questions.count)
    wordsSet.removeAll()
    response.location.file = entry.source
  }

  /// Reads one row into ``response``; false when its bytes are damaged.
  mutating func read(
    id: String, submitted: UnsafeRawBufferPointer?, line: Int, attributes: UnsafeRawBufferPointer,
    answers: UnsafeRawBufferPointer, texts: UnsafeRawBufferPointer?, losses: inout LossReport
  ) -> Bool {
    guard let mapping else { return false }
    response.id = id
    response.submitted = submitted.flatMap(ResponseScanner.day)
    response.location.line = line
    guard readAttributes(attributes) else { return false }
    if let texts, !readWords(texts) { return false }
    defer { clearWords() }
    guard var reader = PackedAnswers.Reader(answers) else { return false }
    var lost: [(SnapshotMapping.Loss, Int)] = []
    let questionCount = mapping.questions.count
    let intact = response.answers.withUnsafeMutableBufferPointer { current -> Bool in
      if !mapping.isIdentity {
        for index in current.indices { current[index] = .notShown }
      }
      var question = 0
      while !reader.isAtEnd {
        guard let stored = reader.next(), question < questionCount else { return false }
        if let position = mapping.questions[question] {
          let (answer, loss) = mapping.answer(stored, question: question, words: texts == nil ? nil : words[question])
          current[position] = answer
          if let loss { lost.append((loss, question)) }
        }
        question += 1
      }
      return question == questionCount
    }
    if let entry {
      for (loss, question) in lost { losses.record(loss, question: question, line: line, in: entry) }
    }
    return intact
  }

  /// Reads the attribute values alone into ``response``; false when the bytes are damaged.
  mutating func readAttributes(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let mapping else { return false }
    for index in response.attributes.indices { response.attributes[index] = nil }
    return PackedAttributes.unpack(
      bytes, mapping: mapping.attributes, storedValues: mapping.attributeValues, into: &response.attributes)
  }

  /// A stored `YYYY-MM-DD` read straight from its bytes, without making a String.
  static func day(_ bytes: UnsafeRawBufferPointer) -> Day? {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
    return Day(year: year, month: month, day: day)
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
