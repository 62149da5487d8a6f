/// A word or phrase frequent among the comments no theme matched: a candidate for a new theme.
public struct EmergingPhrase: Sendable, Hashable, Codable {
  /// One to three normalised words, stop words left out.
  public var phrase: String
  /// How many uncoded comments hold it (each comment once).
  public var count: Int

  /// A phrase and its count.
  public init(phrase: String, count: Int) {
    self.phrase = phrase
    self.count = count
  }
}
