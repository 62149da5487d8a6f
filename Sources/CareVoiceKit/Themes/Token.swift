/// A word of a comment as a codebook sees it: normalised, and where it stands in the original text.
public struct Token: Sendable, Hashable {
  /// The word after normalisation: lower case, straight apostrophes, "sooo" → "so", "dont" → "don't", "mom" → "mum".
  public var key: String
  /// UTF-8 offsets of the word in the original text (both tokens of an expansion such as "sw" share them).
  public var range: Range<Int>
  /// What separates it from the token before.
  public var boundary: Boundary

  /// A token; ``Tokeniser/tokens(in:)`` makes them.
  public init(key: String, range: Range<Int>, boundary: Boundary) {
    self.key = key
    self.range = range
    self.boundary = boundary
  }
}
