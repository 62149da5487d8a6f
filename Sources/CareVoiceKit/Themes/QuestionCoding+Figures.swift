extension QuestionCoding {
  /// Adds the coding of other respondents of the same question (periods and groups numbered alike).
  mutating func merge(_ other: QuestionCoding) {
    beginRespondent()
    var other = other
    other.beginRespondent()
    total.add(other.total)
    Self.merge(other.byPeriod, into: &byPeriod)
    Self.merge(other.byGroup, into: &byGroup)
    for index in pairCounts.indices { pairCounts[index] += other.pairCounts[index] }
    for index in phraseCounts.indices { phraseCounts[index] += other.phraseCounts[index] }
    for theme in 0..<themeCount {
      wordCounts[theme].merge(other.wordCounts[theme], uniquingKeysWith: +)
      candidates[theme].merge(other.candidates[theme])
    }
    emerging.merge(other.emerging)
    uncoded.merge(other.uncoded)
  }

  private static func merge(_ other: [ThemeTally.Counts?], into scopes: inout [ThemeTally.Counts?]) {
    if other.count > scopes.count { scopes += Array(repeating: nil, count: other.count - scopes.count) }
    for (index, counts) in other.enumerated() {
      guard let counts else { continue }
      if scopes[index] == nil { scopes[index] = counts } else { scopes[index]?.add(counts) }
    }
  }

  /// The question's figures: `periods[n]` and `groups[n]` name period and group number `n`.
  mutating func finish(question: String, periods: [Period], groups: [String?]) -> QuestionThemes {
    beginRespondent()
    let themes = tables.matcher.codebook.themes
    var pairs: [Int: Int] = [:]
    for (key, count) in pairCounts.enumerated() where count > 0 { pairs[key] = count }
    let tally = ThemeTally(
      total: total,
      periods: byPeriod.indices.compactMap { index in byPeriod[index].map { (periods[index], $0) } },
      groups: byGroup.indices.compactMap { index in byGroup[index].map { (groups[index], $0) } },
      pairs: pairs)
    let published = tally.published(themes: themes, rule: options.rule)
    var figures = published.themes
    for index in figures.indices {
      figures[index].quotes =
        figures[index].isSuppressed
        ? []
        : QuoteSelection.quotes(
          from: candidates[index].all, topPhrase: topPhrase(of: index), medianWordCount: medianWordCount(of: index),
          redactor: options.redactor, count: options.quotesPerTheme)
    }
    return QuestionThemes(
      id: question, answered: published.answered, coded: published.coded, uncoded: published.uncoded,
      themes: figures, emerging: emerging.top(rule: options.rule, limit: options.emergingPhrases),
      coOccurrence: published.pairs, byPeriod: published.byPeriod,
      byGroup: tally.groups == [nil] || tally.groups.isEmpty ? nil : published.byGroup,
      uncodedComments: options.keepsUncodedComments && published.uncoded != nil ? uncoded.quotes : nil)
  }

  /// The phrase that counted most often for the theme (the first in the codebook on a tie), if any did.
  func topPhrase(of theme: Int) -> Int? {
    var best: Int?
    var bestCount = 0
    for phrase in 0..<phraseTotal where phraseCounts[theme * phraseTotal + phrase] > bestCount {
      best = phrase
      bestCount = phraseCounts[theme * phraseTotal + phrase]
    }
    return best
  }

  /// The lower median of the word counts of the theme's candidate comments.
  func medianWordCount(of theme: Int) -> Int {
    let histogram = wordCounts[theme].sorted { $0.key < $1.key }
    let total = histogram.reduce(0) { $0 + $1.value }
    guard total > 0 else { return 0 }
    var seen = 0
    for (wordCount, count) in histogram {
      seen += count
      if seen > (total - 1) / 2 { return wordCount }
    }
    return 0
  }
}
