/// One theme's figures for a question, or for one period or group of it, after suppression.
///
/// A null count is suppressed. `respondents`, `mentions` and `percent` are
/// hidden together, and ``isSuppressed`` says so; `negated` is hidden on its own
/// account when it is small.
public struct ThemeFigure: Sendable, Hashable, Encodable {
  /// The theme id.
  public var id: String
  /// The theme's label; nil in a breakdown.
  public var label: String?
  /// Respondents with at least one mention that counts (not negated, or any for a `negated: include` theme).
  public var respondents: Int?
  /// Mentions that count; a theme's and its child's mentions of the same words count once.
  public var mentions: Int?
  /// Respondents with a negated mention, for a `negated: apart` theme (0 for `include`).
  public var negated: Int?
  /// `respondents` over `answered`, times 100, unrounded.
  public var percent: Double?
  /// Whether `respondents` (and with it `mentions` and `percent`) is hidden; `suppressed` in JSON.
  public var isSuppressed: Bool
  /// Redacted example quotes; nil in a breakdown.
  public var quotes: [String]?

  /// A theme's figures as they are to be shown.
  public init(
    id: String, label: String? = nil, respondents: Int?, mentions: Int?, negated: Int?, percent: Double?,
    isSuppressed: Bool, quotes: [String]? = nil
  ) {
    self.id = id
    self.label = label
    self.respondents = respondents
    self.mentions = mentions
    self.negated = negated
    self.percent = percent
    self.isSuppressed = isSuppressed
    self.quotes = quotes
  }

  private enum CodingKeys: String, CodingKey {
    case id, label, respondents, mentions, negated, percent, suppressed, quotes
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(label, forKey: .label)
    try container.encode(respondents, forKey: .respondents)
    try container.encode(mentions, forKey: .mentions)
    try container.encode(negated, forKey: .negated)
    try container.encode(percent, forKey: .percent)
    try container.encode(isSuppressed, forKey: .suppressed)
    try container.encodeIfPresent(quotes, forKey: .quotes)
  }
}
