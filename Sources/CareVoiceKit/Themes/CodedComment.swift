/// A comment with every mention the codebook found in it.
public struct CodedComment: Sendable, Hashable {
  /// The comment as given.
  public var comment: RespondentComment
  /// The mentions in text order; several themes may share a comment, and negated mentions are kept.
  public var mentions: [Mention]
  /// How many words the comment has.
  public var wordCount: Int

  /// A coded comment; a ``CodebookMatcher`` makes them.
  public init(comment: RespondentComment, mentions: [Mention], wordCount: Int) {
    self.comment = comment
    self.mentions = mentions
    self.wordCount = wordCount
  }

  /// Whether the comment answered the question: it holds at least one word.
  public var isAnswered: Bool { wordCount > 0 }

  /// Whether any theme matched, negated or not.
  public var isCoded: Bool { !mentions.isEmpty }
}
