/// Chooses a theme's example quotes: typical rather than longest, always the same for the same comments, redacted.
///
/// Candidates are the comments that count for the theme. They are ranked by:
/// holding the theme's most frequent matched phrase first; then a word count
/// closest to the candidates' median; then a fixed digest of the text (then the
/// text itself, so the order of the input never matters). Going down that
/// ranking, a comment is redacted and kept unless it has fewer than three words
/// left besides the tags, or repeats a quote already kept. The candidates come
/// bounded from ``QuoteCandidates``.
enum QuoteSelection {
  static func quotes(
    from candidates: [QuoteCandidates.Candidate], topPhrase: Int?, medianWordCount median: Int, redactor: Redactor,
    count: Int
  ) -> [String] {
    guard count > 0, !candidates.isEmpty else { return [] }
    func rank(_ candidate: QuoteCandidates.Candidate) -> UInt64 {
      let holdsTop = topPhrase.map { candidate.phrases.contains($0) } ?? false
      let distance = UInt64(min(abs(candidate.wordCount - median), 0xFFFF))
      return (holdsTop ? 0 : 1) << 63 | distance << 47 | candidate.digest >> 17
    }
    let ranked = candidates.map { (rank: rank($0), candidate: $0) }.sorted {
      ($0.rank, $0.candidate.digest, $0.candidate.text) < ($1.rank, $1.candidate.digest, $1.candidate.text)
    }
    var quotes: [String] = []
    // Two comments that differ only in capitals and punctuation are one quote to a reader.
    var taken = Set<String>()
    var tried = Set<String>()
    for (_, candidate) in ranked where quotes.count < count && tried.count < attemptLimit {
      guard tried.insert(Names.folded(candidate.text)).inserted else { continue }
      let quote = quotable(redactor.redacted(candidate.text))
      if wordsBesidesTags(in: quote) >= 3, taken.insert(Names.folded(quote)).inserted { quotes.append(quote) }
    }
    return quotes
  }

  /// The most distinct comments redacted in search of a theme's quotes, so a theme of a million near-identical
  /// comments costs no more than a few hundred redactions.
  static let attemptLimit = 256

  /// The text on one line, runs of spaces and line breaks made one space.
  static func quotable(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// How many words a redacted text has, its tags not counted.
  static func wordsBesidesTags(in text: String) -> Int {
    var stripped = text
    for tag in RedactionTag.allCases { stripped = stripped.replacing(tag.placeholder, with: " ") }
    return WordScanner.words(in: stripped).count
  }

  /// A 64-bit FNV-1a digest: the same in every run, unlike `Hasher`.
  static func digest(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { digest($0) }
  }

  /// ``digest(_:)`` of UTF-8 bytes.
  static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
