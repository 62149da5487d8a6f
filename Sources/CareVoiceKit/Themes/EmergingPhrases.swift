/// The words and two- and three-word phrases most frequent among comments no theme matched.
///
/// A phrase is a run of words within one sentence with no stop word, number or
/// one-letter word in it, and no personal detail (the comments are redacted
/// first). Each comment counts a phrase once. A phrase held by fewer respondents
/// than the disclosure rule allows is left out: a rare phrase can identify a child.
/// A shorter phrase is left out where a longer one holding it has the same count
/// ("pocket" when every "pocket" is in "pocket money").
enum EmergingPhrases {
  static func top(
    of texts: [String], tokeniser: Tokeniser, redactor: Redactor, rule: DisclosureRule, limit: Int
  ) -> [EmergingPhrase] {
    guard limit > 0 else { return [] }
    var counts: [String: Int] = [:]
    for text in texts {
      var phrases: Set<String> = []
      for run in runs(in: text, tokeniser: tokeniser, redactor: redactor) {
        for length in 1...3 where run.count >= length {
          for start in 0...(run.count - length) { phrases.insert(run[start..<(start + length)].joined(separator: " ")) }
        }
      }
      for phrase in phrases { counts[phrase, default: 0] += 1 }
    }
    let kept = counts.filter { $0.value > 0 && !rule.suppresses($0.value) }
    var subsumed: Set<String> = []
    for (phrase, count) in kept {
      let words = phrase.split(separator: " ")
      guard words.count > 1 else { continue }
      for length in 1..<words.count {
        for start in 0...(words.count - length) {
          let part = words[start..<(start + length)].joined(separator: " ")
          if kept[part] == count { subsumed.insert(part) }
        }
      }
    }
    return kept.filter { !subsumed.contains($0.key) }
      .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .prefix(limit)
      .map { EmergingPhrase(phrase: $0.key, count: $0.value) }
  }

  /// The runs of words that phrases may be made of.
  private static func runs(in text: String, tokeniser: Tokeniser, redactor: Redactor) -> [[String]] {
    let redactions = redactor.redactions(in: text)
    var runs: [[String]] = []
    var run: [String] = []
    for token in tokeniser.tokens(in: text) {
      let isRedacted = redactions.contains { $0.range.overlaps(token.range) }
      let isWord = token.key.utf8.count > 1 && token.key.contains(where: \.isLetter)
      if token.boundary == .sentence || isRedacted || !isWord || StopWords.english.contains(token.key) {
        if !run.isEmpty { runs.append(run) }
        run = []
      }
      if !isRedacted && isWord && !StopWords.english.contains(token.key) { run.append(token.key) }
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }
}
