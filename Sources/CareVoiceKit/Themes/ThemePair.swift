/// Two themes mentioned by the same respondents (a cell of the co-occurrence table).
///
/// A theme and its own parent never make a pair: every mention of the child is one of the parent.
public struct ThemePair: Sendable, Hashable, Encodable {
  /// The two theme ids, in codebook order.
  public var themes: [String]
  /// Respondents with a counted mention of both; nil when suppressed.
  public var respondents: Int?
  /// Whether the count is hidden; `suppressed` in JSON.
  public var isSuppressed: Bool

  /// A pair of themes and how many respondents mention both.
  public init(themes: [String], respondents: Int?, isSuppressed: Bool) {
    self.themes = themes
    self.respondents = respondents
    self.isSuppressed = isSuppressed
  }

  private enum CodingKeys: String, CodingKey {
    case themes, respondents, suppressed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(themes, forKey: .themes)
    try container.encode(respondents, forKey: .respondents)
    try container.encode(isSuppressed, forKey: .suppressed)
  }
}
