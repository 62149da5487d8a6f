/// When a mention counts as negated ("I don't feel safe"): a simple NegEx-style rule.
///
/// A mention is negated when one of the three words right before it is a
/// negator, and nothing between that negator and the mention ends its reach: a
/// full stop, `?`, `!`, `;` or a line break, or one of the ``clauseBreaks``
/// ("I don't like school but I feel safe" is not negated). Phrases that look
/// negative but are not (``pseudoNegations``: "not only", "can't wait") and
/// "No," answering a question do not negate. Only words before a mention are
/// looked at: "safe? not really" is not caught.
public enum NegationRule {
  /// How many words before a mention are searched for a negator.
  public static let window = 3

  /// The words that negate what follows them.
  public static let negators: Set<String> = [
    "not", "no", "never", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "wasn't",
    "aren't", "weren't", "haven't", "hasn't", "hadn't", "couldn't", "wouldn't", "shouldn't", "ain't",
    "nobody", "nothing", "none", "nor", "neither", "without", "hardly", "barely",
  ]

  /// Words that end a negator's reach, besides sentence ends.
  public static let clauseBreaks: Set<String> = ["but", "however", "although", "though", "whereas", "except"]

  /// A negator followed by one of these words does not negate ("not only", "no doubt", "can't wait").
  public static let pseudoNegations: [String: Set<String>] = [
    "not": ["only", "just"], "no": ["doubt", "matter"], "can't": ["wait"], "cannot": ["wait"],
    "without": ["doubt"], "nothing": ["but"],
  ]

  /// The word lists compiled for reading many comments.
  struct Table: Sendable {
    private static let negator: Int32 = 0
    private static let clauseBreak: Int32 = 1
    private let kinds: WordTrie

    init() {
      var kinds = WordTrie()
      for word in NegationRule.negators { kinds.insert(word, value: Self.negator) }
      for word in NegationRule.clauseBreaks { kinds.insert(word, value: Self.clauseBreak) }
      self.kinds = kinds
    }

    /// Whether the match starting at token `start` is negated.
    func isNegated(_ tokens: [Token], start: Int) -> Bool {
      var index = start - 1
      while index >= 0 && index >= start - NegationRule.window {
        if tokens[index + 1].boundary == .sentence { return false }
        switch kinds.value(of: tokens[index].key) {
        case Self.clauseBreak: return false
        case Self.negator where !isPseudoNegation(tokens, at: index): return true
        default: break
        }
        index -= 1
      }
      return false
    }

    /// ``isNegated(_:start:)`` for a comment read into `scratch`.
    func isNegated(in tokens: CodingScratch.Tokens, start: Int) -> Bool {
      var index = start - 1
      while index >= 0 && index >= start - NegationRule.window {
        if tokens.boundaries[index + 1] == .sentence { return false }
        switch kinds.value(of: tokens.keyBytes(index)) {
        case Self.clauseBreak: return false
        case Self.negator where !isPseudoNegation(in: tokens, at: index): return true
        default: break
        }
        index -= 1
      }
      return false
    }

    private func isPseudoNegation(in tokens: CodingScratch.Tokens, at index: Int) -> Bool {
      let key = tokens.key(index)
      if key == "no" && tokens.boundaries[index + 1] >= .pause { return true }
      return NegationRule.pseudoNegations[key]?.contains(tokens.key(index + 1)) ?? false
    }

    private func isPseudoNegation(_ tokens: [Token], at index: Int) -> Bool {
      let next = tokens[index + 1]
      if tokens[index].key == "no" && next.boundary >= .pause { return true }
      return NegationRule.pseudoNegations[tokens[index].key]?.contains(next.key) ?? false
    }
  }
}
