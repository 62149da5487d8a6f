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
    let negation = matcher.codebook.themes[theme].negated
    let topPhrase = tally.phraseCounts[theme].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    let median = medianWordCount(of: candidates.map { comments[$0].wordCount })
    func head(_ index: Int) -> UInt64 {
      let holdsTop = comments[index].mentions.contains {
        $0.phraseKey == topPhrase && ThemeHit.counts($0, under: negation)
      }
      let distance = UInt64(min(abs(comments[index].wordCount - median), 0xFFFF))
      return (holdsTop ? 0 : 1) << 63 | distance << 47
    }
    func rank(_ index: Int) -> UInt64 { head(index) | digest(comments[index].comment.text) >> 17 }

    var quotes: [String] = []
    // Two comments that differ only in capitals and punctuation are one quote to a reader.
    var taken = Set<String>()
    var tried = Set<String>()
    func take(_ ranked: [Int]) {
      for index in ranked where quotes.count < count && tried.count < attemptLimit {
        let text = comments[index].comment.text
        guard tried.insert(Names.folded(text)).inserted else { continue }
        let quote = quotable(redactor.redacted(text))
        if wordsBesidesTags(in: quote) >= 3, taken.insert(Names.folded(quote)).inserted { quotes.append(quote) }
      }
    }
    let pool = best(candidates, keeping: max(count * 8, 16), head: head, rank: rank, comments: comments)
    take(pool)
    if quotes.count < count && pool.count < candidates.count {
      take(candidates.map { (rank($0), $0) }.sorted { $0 < $1 }.map(\.1))
    }
    return quotes
  }

  /// The most distinct comments redacted in search of a theme's quotes, so a theme of a million near-identical
  /// comments costs no more than a few hundred redactions.
  static let attemptLimit = 256

  /// The `size` best-ranked candidates with different texts, best first, without sorting them all.
  private static func best(
    _ candidates: [Int], keeping size: Int, head: (Int) -> UInt64, rank: (Int) -> UInt64, comments: [CodedComment]
  ) -> [Int] {
    var kept: [(rank: UInt64, index: Int)] = []
    for index in candidates {
      if kept.count == size, let worst = kept.last, head(index) > worst.rank { continue }
      let entry = (rank: rank(index), index: index)
      if kept.count == size, let worst = kept.last, entry >= worst { continue }
      let position = kept.partitioningIndex { $0 >= entry }
      let isRepeat = [position - 1, position].contains { neighbour in
        kept.indices.contains(neighbour) && kept[neighbour].rank == entry.rank
          && comments[kept[neighbour].index].comment.text == comments[index].comment.text
      }
      guard !isRepeat else { continue }
      kept.insert(entry, at: position)
      if kept.count > size { kept.removeLast() }
    }
    return kept.map(\.index)
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

extension Array {
  /// The first index whose element satisfies `belongs`, for an array where those elements come last.
  fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if belongs(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
