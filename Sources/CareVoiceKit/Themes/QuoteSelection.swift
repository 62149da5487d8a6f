/// Chooses a theme's example quotes: typical rather than longest, always the same for the same comments, redacted.
///
/// Candidates are the comments that count for the theme. They are ranked by:
/// holding the theme's most frequent matched phrase first; then a word count
/// closest to the candidates' median; then a fixed digest of the text (so the
/// order of the input never matters). Going down that ranking, a comment is
/// redacted and kept unless it has fewer than three words left besides the tags,
/// or repeats a quote already kept.
enum QuoteSelection {
  static func quotes(
    for theme: Int, in tally: ThemeTally, comments: [CodedComment], matcher: CodebookMatcher, redactor: Redactor,
    count: Int
  ) -> [String] {
    let candidates = tally.commentsByTheme[theme]
    guard count > 0, !candidates.isEmpty else { return [] }
    let topPhrase = tally.phraseCounts[theme].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    let definition = matcher.codebook.themes[theme]
    let median = medianWordCount(of: candidates.map { comments[$0].wordCount })
    let ranked = candidates.map { index -> (rank: (Int, Int, UInt64), index: Int) in
      let coded = comments[index]
      let holdsTop = coded.mentions.contains { $0.phraseKey == topPhrase && ThemeHit.counts($0, for: definition) }
      return ((holdsTop ? 0 : 1, abs(coded.wordCount - median), digest(coded.comment.text)), index)
    }.sorted { ($0.rank.0, $0.rank.1, $0.rank.2, $0.index) < ($1.rank.0, $1.rank.1, $1.rank.2, $1.index) }
    var quotes: [String] = []
    for (_, index) in ranked where quotes.count < count {
      let quote = quotable(redactor.redacted(comments[index].comment.text))
      if wordsBesidesTags(in: quote) >= 3 && !quotes.contains(quote) { quotes.append(quote) }
    }
    return quotes
  }

  /// The lower median of some word counts.
  static func medianWordCount(of counts: [Int]) -> Int {
    let sorted = counts.sorted()
    return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
  }

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
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
