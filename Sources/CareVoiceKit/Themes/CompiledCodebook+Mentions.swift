extension CompiledCodebook {
  /// Turns phrase matches into mentions theme by theme, as ``CodebookMatcher/mentions(in:)`` does.
  ///
  /// Within a theme, an exclusion cancels the matches it covers, and overlapping
  /// matches keep the leftmost, then the longest. Mentions end in text order (by
  /// start, then codebook order).
  func appendMentions(
    of matches: inout [PhraseTrie.Match], in tokens: CodingScratch.Tokens, to mentions: inout [CodedMention]
  ) {
    if matches.count > 1 {
      matches.sort {
        ($0.ending.theme, $0.start, $1.end, $0.ending.phrase) < ($1.ending.theme, $1.start, $0.end, $1.ending.phrase)
      }
    }
    var first = 0
    let matchCount = matches.count
    while first < matchCount {
      let theme = matches[first].ending.theme
      var last = first
      var hasExclusion = false
      while last < matchCount && matches[last].ending.theme == theme {
        hasExclusion = hasExclusion || matches[last].ending.isExclusion
        last += 1
      }
      var reached = -1
      for index in first..<last {
        let match = matches[index]
        guard !match.ending.isExclusion, match.start > reached else { continue }
        if hasExclusion && Self.isExcluded(match, among: matches[first..<last]) { continue }
        reached = match.end
        let isNegated = negation.isNegated(in: tokens, start: match.start)
        let range = Int(tokens.lowers[match.start])..<Int(tokens.uppers[match.end])
        mentions.append(
          CodedMention(theme: theme, phrase: match.ending.phrase, range: range, isNegated: isNegated))
      }
      first = last
    }
    if mentions.count > 1 {
      mentions.sort {
        ($0.range.lowerBound, $0.theme, $0.phrase) < ($1.range.lowerBound, $1.theme, $1.phrase)
      }
    }
  }

  private static func isExcluded(_ match: PhraseTrie.Match, among matches: ArraySlice<PhraseTrie.Match>) -> Bool {
    for other in matches {
      if other.ending.isExclusion && other.start <= match.start && match.end <= other.end { return true }
    }
    return false
  }
}
