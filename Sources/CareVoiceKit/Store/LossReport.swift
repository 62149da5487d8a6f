import SurveyFormats

/// The answers that could not be read as answers to the current definition, counted for one warning each.
struct LossReport {
  private struct Key: Hashable {
    let batch: Int64
    let question: Int
    let loss: SnapshotMapping.Loss
  }

  private var counts: [Key: (count: Int, line: Int, source: String, mapping: SnapshotMapping)] = [:]
  /// The keys in the order first seen.
  private var order: [Key] = []

  mutating func record(_ loss: SnapshotMapping.Loss, question: Int, line: Int, in entry: ScanPlan.Entry) {
    let key = Key(batch: entry.id, question: question, loss: loss)
    if let seen = counts[key] {
      counts[key] = (seen.count + 1, seen.line, seen.source, seen.mapping)
    } else {
      counts[key] = (1, line, entry.source, entry.mapping)
      order.append(key)
    }
  }

  /// One warning per batch, question and lost option, at the first response concerned, in batch and question order.
  func diagnostics(instrument: Instrument) -> [Diagnostic] {
    let sorted = order.enumerated().sorted { lhs, rhs in
      (lhs.element.batch, lhs.element.question, lhs.offset) < (rhs.element.batch, rhs.element.question, rhs.offset)
    }
    return sorted.compactMap { _, key in
      guard let seen = counts[key] else { return nil }
      let question = seen.mapping.stored.questions[key.question]
      let answers = seen.count == 1 ? "1 answer" : "\(seen.count) answers"
      let name = "\"\(question.text)\" (\(question.id))"
      let message: String
      switch key.loss {
      case .option(let position):
        let option = position < question.options.count ? question.options[position] : Option(value: "#\(position)")
        message =
          "\(answers) to \(name) in batch \(key.batch) chose \"\(option.label)\" (\(option.value)), which the "
          + "definition of \(instrument.id) no longer lists; they count as not shown — "
          + "add the option back to the definition to count them"
      case .changedType:
        let now = seen.mapping.kinds[key.question].rawValue
        message =
          "\(answers) to \(name) in batch \(key.batch) were given to a \(question.type.rawValue) question, "
          + "which is now a \(now) question; they count as not shown — "
          + "give the question a new id if it now asks something else"
      }
      return .warning(at: SourceLocation(file: seen.source, line: seen.line), message)
    }
  }
}
