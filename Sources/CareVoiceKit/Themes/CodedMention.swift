/// A ``Mention`` by numbers: what the streaming figures keep of a mention, with no strings to copy.
struct CodedMention: Sendable, Hashable {
  /// The position of the theme in the codebook.
  var theme: Int
  /// The position of the phrase in the theme's `match` list.
  var phrase: Int
  /// UTF-8 offsets of the matched words in the comment.
  var range: Range<Int>
  var isNegated: Bool

  init(theme: Int, phrase: Int, range: Range<Int>, isNegated: Bool) {
    self.theme = theme
    self.phrase = phrase
    self.range = range
    self.isNegated = isNegated
  }

  init(_ mention: Mention) {
    self.init(
      theme: mention.themeIndex, phrase: mention.phraseIndex, range: mention.range, isNegated: mention.isNegated)
  }
}
