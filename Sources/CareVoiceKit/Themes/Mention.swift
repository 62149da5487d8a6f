/// One place where a theme's phrase matched a comment: what explains a theme figure.
public struct Mention: Sendable, Hashable {
  /// The id of the theme whose phrase matched (a parent theme counts it through the hierarchy).
  public var theme: String
  /// The codebook phrase that matched, as written in the codebook ("brother*").
  public var phrase: String
  /// UTF-8 offsets of the matched words in the original comment.
  public var range: Range<Int>
  /// Whether a negator comes before it within the ``NegationRule``'s reach.
  public var isNegated: Bool
  /// The position of the theme in the codebook.
  let themeIndex: Int
  /// The position of the phrase in the theme's `match` list.
  let phraseIndex: Int

  init(theme: String, themeIndex: Int, phrase: String, phraseIndex: Int, range: Range<Int>, isNegated: Bool) {
    self.theme = theme
    self.themeIndex = themeIndex
    self.phrase = phrase
    self.phraseIndex = phraseIndex
    self.range = range
    self.isNegated = isNegated
  }

  /// The matched words as they stand in `text`, the comment this mention was found in.
  public func matchedText(in text: String) -> Substring {
    text[indices(in: text)]
  }

  /// A number for the phrase, unique in the codebook.
  var phraseKey: Int { themeIndex << 20 | phraseIndex }

  /// The range of the matched words as string indices of `text`.
  public func indices(in text: String) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return lower..<upper
  }

  /// The range of the matched words counted in characters of `text`.
  public func characterOffsets(in text: String) -> Range<Int> {
    let bounds = indices(in: text)
    let start = text.distance(from: text.startIndex, to: bounds.lowerBound)
    return start..<(start + text.distance(from: bounds.lowerBound, to: bounds.upperBound))
  }
}
