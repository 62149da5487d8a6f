/// The themes of one text question: counts, shares, quotes, emerging phrases and breakdowns (DESIGN.md §6).
///
/// Encodes as one entry of `questions` in the Themes JSON, with the extra
/// fields `co_occurrence`, `by_period`, `by_group` (only with a breakdown) and
/// `uncoded_comments` (only when asked for).
public struct QuestionThemes: Sendable, Hashable, Encodable {
  /// The question id.
  public var id: String
  /// Respondents who wrote at least one word.
  public var answered: Int?
  /// Respondents with any mention, negated ones included.
  public var coded: Int?
  /// Respondents who answered with no mention at all (`answered − coded`).
  public var uncoded: Int?
  /// Every theme of the codebook, in codebook order.
  public var themes: [ThemeFigure]
  /// The most frequent words and phrases of the uncoded comments, most frequent first.
  public var emerging: [EmergingPhrase]
  /// Pairs of themes mentioned by the same respondents.
  public var coOccurrence: [ThemePair]
  /// The figures of each period, oldest first.
  public var byPeriod: [ThemeSlice]
  /// Nil when no comment carries a breakdown value.
  public var byGroup: [ThemeSlice]?
  /// The uncoded comments, redacted and sorted; nil unless asked for, or when their count is suppressed.
  public var uncodedComments: [String]?

  /// Figures as they are; ``init(question:coded:matcher:options:)`` makes them from comments.
  public init(
    id: String, answered: Int?, coded: Int?, uncoded: Int?, themes: [ThemeFigure], emerging: [EmergingPhrase],
    coOccurrence: [ThemePair], byPeriod: [ThemeSlice], byGroup: [ThemeSlice]?, uncodedComments: [String]?
  ) {
    self.id = id
    self.answered = answered
    self.coded = coded
    self.uncoded = uncoded
    self.themes = themes
    self.emerging = emerging
    self.coOccurrence = coOccurrence
    self.byPeriod = byPeriod
    self.byGroup = byGroup
    self.uncodedComments = uncodedComments
  }

  private enum CodingKeys: String, CodingKey {
    case id, answered, coded, uncoded, themes, emerging
    case coOccurrence = "co_occurrence"
    case byPeriod = "by_period"
    case byGroup = "by_group"
    case uncodedComments = "uncoded_comments"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(answered, forKey: .answered)
    try container.encode(coded, forKey: .coded)
    try container.encode(uncoded, forKey: .uncoded)
    try container.encode(themes, forKey: .themes)
    try container.encode(emerging, forKey: .emerging)
    try container.encode(coOccurrence, forKey: .coOccurrence)
    try container.encode(byPeriod, forKey: .byPeriod)
    try container.encodeIfPresent(byGroup, forKey: .byGroup)
    try container.encodeIfPresent(uncodedComments, forKey: .uncodedComments)
  }
}
