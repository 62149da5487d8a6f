/// The comments one theme's quotes may come from, kept bounded as comments stream past.
///
/// Quotes are ranked by holding the theme's most frequent phrase, then by a word
/// count close to the median, then by digest (see ``QuoteSelection``); the first
/// two are known only at the end. So the candidates are kept in classes, one for
/// each phrase of the theme a comment holds and each word count, and a class
/// keeps only its ``perClass`` distinct texts of smallest digest. Whatever the
/// phrase and median turn out to be, the best candidates are in the classes
/// unless a class had to give up one that the ranking reaches — which takes more
/// than ``perClass`` comments of one phrase and word count that redact to
/// under three words or repeat a quote. Which texts a class keeps depends only
/// on which texts were offered, never on their order.
struct QuoteCandidates: Sendable {
  /// One comment that counts for the theme.
  struct Candidate: Sendable, Hashable {
    var digest: UInt64
    var text: String
    var wordCount: Int
    /// The phrases of the theme that the comment holds, as ``QuestionCoding`` numbers them.
    var phrases: [Int]
  }

  /// The most candidates kept for one phrase and word count.
  static let perClass = 32

  /// Each class sorted by digest, then text; keyed by ``key(phrase:wordCount:)``.
  private(set) var classes: [Int: [Candidate]] = [:]

  /// The key of a class; phrase -1 for candidates holding none of the theme's phrases.
  static func key(phrase: Int, wordCount: Int) -> Int { (phrase + 1) << 32 | min(wordCount, 0xFFFF_FFFF) }

  /// Whether a candidate with this digest could enter the class (saying no needs no text).
  func admits(digest: UInt64, key: Int) -> Bool {
    guard let kept = classes[key], kept.count >= Self.perClass, let worst = kept.last else { return true }
    return digest <= worst.digest
  }

  /// Keeps the candidate in the class if it is among the class's best distinct texts.
  mutating func offer(_ candidate: Candidate, key: Int) {
    classes[key, default: []].insertKeepingBest(candidate)
  }

  /// Adds candidates offered to another part of the same comments.
  mutating func merge(_ other: QuoteCandidates) {
    for (key, kept) in other.classes {
      for candidate in kept { offer(candidate, key: key) }
    }
  }

  /// Every kept candidate once.
  var all: [Candidate] {
    var seen = Set<String>()
    var result: [Candidate] = []
    for kept in classes.values {
      for candidate in kept where seen.insert(candidate.text).inserted { result.append(candidate) }
    }
    return result
  }
}

extension [QuoteCandidates.Candidate] {
  /// Inserts in (digest, text) order unless the text is there, dropping the worst past ``QuoteCandidates/perClass``.
  fileprivate mutating func insertKeepingBest(_ candidate: Element) {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if (self[middle].digest, self[middle].text) < (candidate.digest, candidate.text) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    if low < count && self[low].digest == candidate.digest && self[low].text == candidate.text { return }
    guard low < QuoteCandidates.perClass else { return }
    insert(candidate, at: low)
    if count > QuoteCandidates.perClass { removeLast() }
  }
}
