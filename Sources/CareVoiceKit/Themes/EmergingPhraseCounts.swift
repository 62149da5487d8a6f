/// The words and two- and three-word phrases of comments no theme matched, counted as comments stream past.
///
/// A phrase is a run of words within one sentence with no stop word, number or
/// one-letter word in it, and no personal detail (the comments are redacted
/// first). Each comment counts a phrase once. ``top(rule:limit:)`` leaves out a
/// phrase held by fewer comments than the disclosure rule allows (a rare phrase
/// can identify a child), and a shorter phrase where a longer one holding it has
/// the same count ("pocket" when every "pocket" is in "pocket money").
///
/// Memory is bounded: past ``capacity`` distinct phrases, only phrases whose
/// key (a hash of the words) is under a threshold are counted, and the threshold
/// halves each time the table fills again. The phrases counted are counted
/// exactly, and which phrases they are depends only on the comments, never on
/// their order or on how they were split between threads; a phrase above the
/// threshold is not listed.
struct EmergingPhraseCounts: Sendable {
  /// A phrase of one comment: its words joined by spaces, and their key.
  struct Phrase: Sendable, Hashable {
    var key: UInt64
    var text: String
  }

  private struct Entry: Sendable {
    var count: Int
    var text: String
  }

  /// The most distinct phrases counted before counting only a sample of them.
  static let capacity = 1 << 19

  private var counts: [UInt64: Entry] = [:]
  /// Only phrases whose key is at most this are counted.
  private(set) var threshold = UInt64.max

  /// The distinct phrases counted so far.
  var distinctCount: Int { counts.count }

  /// Counts one comment's phrases (each given once).
  mutating func add(_ phrases: [Phrase]) {
    for phrase in phrases where phrase.key <= threshold {
      add(phrase.key, count: 1, text: phrase.text)
    }
  }

  private mutating func add(_ key: UInt64, count: Int, text: String) {
    if let index = counts.index(forKey: key) {
      counts.values[index].count += count
      return
    }
    counts[key] = Entry(count: count, text: text)
    while counts.count > Self.capacity {
      threshold >>= 1
      let limit = threshold
      counts = counts.filter { $0.key <= limit }
    }
  }

  /// Adds the counts of another part of the same comments.
  mutating func merge(_ other: EmergingPhraseCounts) {
    if other.threshold < threshold {
      threshold = other.threshold
      let limit = threshold
      counts = counts.filter { $0.key <= limit }
    }
    for (key, entry) in other.counts where key <= threshold {
      add(key, count: entry.count, text: entry.text)
    }
  }

  /// The most frequent phrases that may be shown, most frequent first, then alphabetically.
  func top(rule: DisclosureRule, limit: Int) -> [EmergingPhrase] {
    guard limit > 0 else { return [] }
    let kept = counts.filter { $0.value.count > 0 && !rule.suppresses($0.value.count) }
    var subsumed = Set<UInt64>()
    for entry in kept.values {
      let words = entry.text.split(separator: " ")
      for length in 1..<max(words.count, 1) {
        for start in 0...(words.count - length) {
          let key = Self.key(of: words[start..<(start + length)].joined(separator: " "))
          if kept[key]?.count == entry.count { subsumed.insert(key) }
        }
      }
    }
    return kept.filter { !subsumed.contains($0.key) }
      .map { EmergingPhrase(phrase: $0.value.text, count: $0.value.count) }
      .sorted { ($1.count, $0.phrase) < ($0.count, $1.phrase) }
      .prefix(limit)
      .map { $0 }
  }

  /// Every phrase of a comment, once: runs of kept words, and their two- and three-word stretches.
  static func phrases(in text: String, tokeniser: Tokeniser, redactor: Redactor) -> [Phrase] {
    var phrases: [Phrase] = []
    var seen = Set<UInt64>()
    for run in runs(in: text, tokeniser: tokeniser, redactor: redactor) {
      for start in run.indices {
        var words = ""
        for offset in 0..<min(3, run.count - start) {
          if offset > 0 { words += " " }
          words += run[start + offset]
          let key = key(of: words)
          if seen.insert(key).inserted { phrases.append(Phrase(key: key, text: words)) }
        }
      }
    }
    return phrases
  }

  /// A phrase's key: its FNV-1a digest, mixed so that every bit is as likely set as clear.
  static func key(of phrase: String) -> UInt64 {
    var hash = QuoteSelection.digest(phrase)
    hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
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
