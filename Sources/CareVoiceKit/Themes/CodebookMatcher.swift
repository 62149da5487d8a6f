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
  /// The codebook it was compiled from.
  public let codebook: Codebook
  /// The tokeniser, knowing the codebook's words, that comments are read with.
  public let tokeniser: Tokeniser
  let hierarchy: ThemeHierarchy
  let trie: PhraseTrie
  let negation = NegationRule.Table()
  /// The same tries laid out for ``read(_:into:)``.
  let compiled: CompiledCodebook
  private let themeIDs: [String]
  private let phrases: [[String]]

  /// Compiles a codebook; a phrase with no words is ignored, as are unknown parents and loops of parents.
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
    self.compiled = CompiledCodebook(tokeniser: tokeniser, trie: trie, negation: NegationRule.Table())
    self.hierarchy = ThemeHierarchy(codebook.themes)
    self.themeIDs = codebook.themes.map(\.id)
    self.phrases = codebook.themes.map(\.match)
  }

  /// Codes one comment.
  public func code(_ comment: RespondentComment) -> CodedComment {
    let tokens = tokeniser.tokens(in: comment.text)
    return CodedComment(comment: comment, mentions: mentions(in: tokens), wordCount: tokens.count)
  }

  /// Codes a comment's UTF-8 bytes into `scratch.mentions` and returns its word count: ``code(_:)`` without allocating.
  func read(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: CodingScratch) -> Int {
    compiled.read(bytes, into: scratch)
  }

  /// Codes comments in order.
  public func code(_ comments: [RespondentComment]) -> [CodedComment] {
    comments.map(code)
  }

  /// Every mention in a text, in text order (by start, then by codebook order).
  public func mentions(in text: String) -> [Mention] {
    mentions(in: tokeniser.tokens(in: text))
  }

  func mentions(in tokens: [Token]) -> [Mention] {
    var matches = trie.matches(in: tokens)
    guard !matches.isEmpty else { return [] }
    matches.sort {
      ($0.ending.theme, $0.start, $1.end, $0.ending.phrase) < ($1.ending.theme, $1.start, $0.end, $1.ending.phrase)
    }
    var mentions: [Mention] = []
    var first = 0
    while first < matches.count {
      let themeIndex = matches[first].ending.theme
      var last = first
      while last < matches.count && matches[last].ending.theme == themeIndex { last += 1 }
      let found = matches[first..<last]
      let exclusions = found.filter(\.ending.isExclusion)
      var reached = -1
      for match in found where !match.ending.isExclusion && match.start > reached {
        if exclusions.contains(where: { $0.start <= match.start && match.end <= $0.end }) { continue }
        reached = match.end
        mentions.append(
          Mention(
            theme: themeIDs[themeIndex], themeIndex: themeIndex, phrase: phrases[themeIndex][match.ending.phrase],
            phraseIndex: match.ending.phrase,
            range: tokens[match.start].range.lowerBound..<tokens[match.end].range.upperBound,
            isNegated: negation.isNegated(tokens, start: match.start)))
      }
      first = last
    }
    if mentions.count > 1 {
      mentions.sort { ($0.range.lowerBound, $0.themeIndex) < ($1.range.lowerBound, $1.themeIndex) }
    }
    return mentions
  }
}
