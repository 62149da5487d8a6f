/// The theme figures of one period, or of one group of the breakdown attribute.
public struct ThemeSlice: Sendable, Hashable, Encodable {
  /// Which part of the comments a slice counts.
  public enum Key: Sendable, Hashable {
    case period(Period)
    /// A value of the breakdown attribute; nil for respondents without one.
    case group(String?)
  }

  /// The period or group the slice counts.
  public var key: Key
  /// Respondents of the slice who wrote at least one word.
  public var answered: Int?
  /// Respondents of the slice with any mention.
  public var coded: Int?
  /// Respondents of the slice with no mention.
  public var uncoded: Int?
  /// Whether the slice's base is hidden, and with it every figure of the slice.
  public var isSuppressed: Bool
  /// Every theme, in codebook order, without labels or quotes.
  public var themes: [ThemeFigure]

  /// A slice's figures as they are to be shown.
  public init(key: Key, answered: Int?, coded: Int?, uncoded: Int?, isSuppressed: Bool, themes: [ThemeFigure]) {
    self.key = key
    self.answered = answered
    self.coded = coded
    self.uncoded = uncoded
    self.isSuppressed = isSuppressed
    self.themes = themes
  }

  private enum CodingKeys: String, CodingKey {
    case period, group, answered, coded, uncoded, suppressed, themes
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch key {
    case .period(let period): try container.encode(period, forKey: .period)
    case .group(let group): try container.encode(group, forKey: .group)
    }
    try container.encode(answered, forKey: .answered)
    try container.encode(coded, forKey: .coded)
    try container.encode(uncoded, forKey: .uncoded)
    try container.encode(isSuppressed, forKey: .suppressed)
    try container.encode(themes, forKey: .themes)
  }
}
