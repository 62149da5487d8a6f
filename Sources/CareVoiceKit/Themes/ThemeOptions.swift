/// How theme figures are made: the disclosure rule, how many quotes and emerging phrases, and redaction.
public struct ThemeOptions: Sendable {
  /// The small-number rule (`--min-cell`).
  public var rule: DisclosureRule
  /// Example quotes per theme (default 3).
  public var quotesPerTheme: Int
  /// Emerging phrases per question (default 20).
  public var emergingPhrases: Int
  /// What takes personal details out of quotes and uncoded comments.
  public var redactor: Redactor
  /// Whether to keep the uncoded comments (redacted) for `--uncoded`.
  public var keepsUncodedComments: Bool

  /// Options; the defaults are those of `carevoice themes`.
  public init(
    rule: DisclosureRule = .standard, quotesPerTheme: Int = 3, emergingPhrases: Int = 20,
    redactor: Redactor = Redactor(), keepsUncodedComments: Bool = false
  ) {
    self.rule = rule
    self.quotesPerTheme = quotesPerTheme
    self.emergingPhrases = emergingPhrases
    self.redactor = redactor
    self.keepsUncodedComments = keepsUncodedComments
  }
}
