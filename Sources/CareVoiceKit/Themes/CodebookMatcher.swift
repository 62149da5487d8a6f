/// A codebook compiled once for coding many comments: finds every theme mention in a comment.
///
/// Rules, in order:
/// - a phrase matches consecutive words, across spaces and punctuation but never
///   across a sentence end; `*` at the end of a word stands for any ending
///   ("brother*" matches "brothers");
/// - an `exclude` phrase of a theme cancels that theme's matches it covers
///   ("contact lenses" cancels "contact");
/// - within one theme, overlapping matches keep the leftmost, then the longest
///   ("see my mum" rather than "mum" inside it); different themes may share words;
/// - each mention is flagged negated by the ``NegationRule``.
public struct CodebookMatcher: Sendable {
  public let codebook: Codebook
  public let tokeniser: Tokeniser
  let hierarchy: ThemeHierarchy
  private let trie: PhraseTrie

  public init(_ codebook: Codebook) {
    self.codebook = codebook
    var vocabulary: [String] = []
    for theme in codebook.themes {
      for phrase in theme.match + theme.exclude {
        vocabulary += phrase.split { !$0.isLetter && $0 != "'" }.map(String.init)
      }
    }
    let tokeniser = Tokeniser(vocabulary: vocabulary)
    var trie = PhraseTrie()
    for (themeIndex, theme) in codebook.themes.enumerated() {
      for (index, phrase) in theme.match.enumerated() {
        let ending = PhraseTrie.Ending(theme: themeIndex, phrase: index, isExclusion: false)
        trie.insert(WordPattern.patterns(of: phrase, tokeniser: tokeniser), ending: ending)
      }
      for (index, phrase) in theme.exclude.enumerated() {
        let ending = PhraseTrie.Ending(theme: themeIndex, phrase: index, isExclusion: true)
        trie.insert(WordPattern.patterns(of: phrase, tokeniser: tokeniser), ending: ending)
      }
    }
    self.tokeniser = tokeniser
    self.trie = trie
    self.hierarchy = ThemeHierarchy(codebook.themes)
  }

  /// Codes one comment.
  public func code(_ comment: Comment) -> CodedComment {
    let tokens = tokeniser.tokens(in: comment.text)
    return CodedComment(comment: comment, mentions: mentions(in: tokens), wordCount: tokens.count)
  }

  /// Codes comments in order.
  public func code(_ comments: [Comment]) -> [CodedComment] {
    comments.map(code)
  }

  /// Every mention in a text, in text order (by start, then by codebook order).
  public func mentions(in text: String) -> [Mention] {
    mentions(in: tokeniser.tokens(in: text))
  }

  func mentions(in tokens: [Token]) -> [Mention] {
    let matches = trie.matches(in: tokens)
    guard !matches.isEmpty else { return [] }
    var mentions: [Mention] = []
    let byTheme = Dictionary(grouping: matches) { $0.ending.theme }
    for themeIndex in byTheme.keys.sorted() {
      let found = byTheme[themeIndex] ?? []
      let exclusions = found.filter { $0.ending.isExclusion }
      let kept = found.filter { match in
        !match.ending.isExclusion
          && !exclusions.contains { $0.start <= match.start && match.end <= $0.end }
      }.sorted { ($0.start, $1.end, $0.ending.phrase) < ($1.start, $0.end, $1.ending.phrase) }
      var reached = -1
      let theme = codebook.themes[themeIndex]
      for match in kept where match.start > reached {
        reached = match.end
        mentions.append(
          Mention(
            theme: theme.id, themeIndex: themeIndex, phrase: theme.match[match.ending.phrase],
            range: tokens[match.start].range.lowerBound..<tokens[match.end].range.upperBound,
            isNegated: NegationRule.isNegated(tokens, start: match.start)))
      }
    }
    return mentions.sorted { ($0.range.lowerBound, $0.themeIndex) < ($1.range.lowerBound, $1.themeIndex) }
  }
}
