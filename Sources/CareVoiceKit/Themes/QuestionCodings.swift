/// The running coding of several questions, fed a batch at a time: one per thread, merged at the end.
struct QuestionCodings: Sendable {
  var questions: [QuestionCoding]

  init(matchers: [CodebookMatcher], options: ThemeOptions) {
    questions = matchers.map { QuestionCoding(matcher: $0, options: options) }
  }

  /// Codes and counts every comment of a batch.
  mutating func add(_ batch: CommentBatch) {
    batch.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      for entry in batch.entries {
        let question = Int(entry.question)
        if entry.startsRespondent { questions[question].beginRespondent() }
        questions[question].add(
          UnsafeBufferPointer(rebasing: bytes[start..<entry.end]), period: Int(entry.period), group: Int(entry.group))
        start = entry.end
      }
    }
    for index in questions.indices { questions[index].beginRespondent() }
  }

  /// Adds the coding of other batches.
  mutating func merge(_ other: QuestionCodings) {
    for index in questions.indices { questions[index].merge(other.questions[index]) }
  }
}
