/// The raw integer counts of one question for one set of respondents, before any suppression.
struct QuestionCounts: Sendable, Hashable {
  var respondents = 0
  var base = 0
  var skipped = 0
  var notShown = 0
  var options: [Int]
  var numbers = NumberSample()

  init(optionCount: Int) {
    options = Array(repeating: 0, count: optionCount)
  }

  var missing: Int { skipped + notShown }

  /// The count of respondents choosing any of `positions`.
  func count(of positions: [Int]) -> Int { positions.reduce(0) { $0 + options[$1] } }

  /// Σ score × count over scored options, and the count of answers with a scored option.
  func scoreTotals(_ question: Question) -> (sum: Double, base: Int) {
    var sum = 0.0
    var base = 0
    for (position, option) in question.options.enumerated() {
      guard let score = option.score else { continue }
      sum += score * Double(options[position])
      base += options[position]
    }
    return (sum, base)
  }
}

extension TallyAccumulator {
  /// The counts of question `index` summed over the given blocks (block = period slot × groups + group).
  func counts(ofQuestion index: Int, blocks: [Int]) -> QuestionCounts {
    let slot = layout.slots[index]
    var result = QuestionCounts(optionCount: slot.optionCount)
    for block in blocks {
      let start = block * layout.width
      let at = start + slot.offset
      result.respondents += counts[start]
      result.base += counts[at + TallyLayout.answered]
      result.skipped += counts[at + TallyLayout.skipped]
      result.notShown += counts[at + TallyLayout.notShown]
      for position in 0..<slot.optionCount {
        result.options[position] += counts[at + TallyLayout.firstOption + position]
      }
      if slot.numberIndex >= 0 { result.numbers.merge(numbers[block * layout.numberCount + slot.numberIndex]) }
    }
    return result
  }

  /// The blocks of the given period slots, for every group or for one.
  func blocks(slots: [Int], group: Int? = nil) -> [Int] {
    slots.flatMap { slot in
      group.map { [slot * groupCount + $0] } ?? Array((slot * groupCount)..<((slot + 1) * groupCount))
    }
  }
}
