/// The words and two- and three-word phrases most frequent among comments no theme matched.
///
/// A phrase is a run of words within one sentence with no stop word, number or
/// one-letter word in it, and no personal detail (the comments are redacted
/// first). Each comment counts a phrase once. A phrase held by fewer respondents
/// than the disclosure rule allows is left out: a rare phrase can identify a child.
/// A shorter phrase is left out where a longer one holding it has the same count
/// ("pocket" when every "pocket" is in "pocket money").
enum EmergingPhrases {
  /// A phrase of up to three words as word numbers, 21 bits each (0 for no word).
  private typealias PhraseKey = UInt64

  static func top(
    of texts: [String], tokeniser: Tokeniser, redactor: Redactor, rule: DisclosureRule, limit: Int
  ) -> [EmergingPhrase] {
    guard limit > 0 else { return [] }
    var wordNumbers: [String: UInt64] = [:]
    var words: [String] = [""]
    var counts: [PhraseKey: Int] = [:]
    var phrases = Set<PhraseKey>()
    for text in texts {
      phrases.removeAll(keepingCapacity: true)
      for run in runs(in: text, tokeniser: tokeniser, redactor: redactor) {
        let run = run.map { word -> UInt64 in
          if let number = wordNumbers[word] { return number }
          guard words.count < 0x1F_FFFF else { return 0 }
          words.append(word)
          wordNumbers[word] = UInt64(words.count - 1)
          return UInt64(words.count - 1)
        }.prefix { $0 != 0 }
        for start in run.indices {
          var key: PhraseKey = 0
          for offset in 0..<min(3, run.count - start) {
            key |= run[start + offset] << (21 * UInt64(offset))
            phrases.insert(key)
          }
        }
      }
      for phrase in phrases { counts[phrase, default: 0] += 1 }
    }
    let kept = counts.filter { $0.value > 0 && !rule.suppresses($0.value) }
    var subsumed = Set<PhraseKey>()
    for (phrase, count) in kept {
      let parts = Self.numbers(of: phrase)
      for length in 1..<max(parts.count, 1) {
        for start in 0...(parts.count - length) {
          var key: PhraseKey = 0
          for offset in 0..<length { key |= parts[start + offset] << (21 * UInt64(offset)) }
          if kept[key] == count { subsumed.insert(key) }
        }
      }
    }
    func spelled(_ phrase: PhraseKey) -> String {
      Self.numbers(of: phrase).map { words[Int($0)] }.joined(separator: " ")
    }
    return kept.filter { !subsumed.contains($0.key) }
      .map { EmergingPhrase(phrase: spelled($0.key), count: $0.value) }
      .sorted { ($1.count, $0.phrase) < ($0.count, $1.phrase) }
      .prefix(limit)
      .map { $0 }
  }

  /// The word numbers of a phrase, in order.
  private static func numbers(of phrase: PhraseKey) -> [UInt64] {
    var numbers: [UInt64] = []
    for offset: UInt64 in 0..<3 {
      let number = phrase >> (21 * offset) & 0x1F_FFFF
      if number != 0 { numbers.append(number) }
    }
    return numbers
  }

  /// The runs of words that phrases may be made of.
  private static func runs(in text: String, tokeniser: Tokeniser, redactor: Redactor) -> [[String]] {
    let redactions = redactor.redactions(in: text)
    var runs: [[String]] = []
    var run: [String] = []
    for token in tokeniser.tokens(in: text) {
      let isRedacted = !redactions.isEmpty && redactions.contains { $0.range.overlaps(token.range) }
      let isWord = token.key.utf8.count > 1 && token.key.contains(where: \.isLetter)
      let isKept = !isRedacted && isWord && !StopWords.english.contains(token.key)
      if token.boundary == .sentence || !isKept {
        if !run.isEmpty { runs.append(run) }
        run = []
      }
      if isKept { run.append(token.key) }
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }
}
