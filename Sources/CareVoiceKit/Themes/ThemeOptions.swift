/// How theme figures are made: the disclosure rule, how many quotes and emerging phrases, and redaction.
public struct ThemeOptions: Sendable {
  public var rule: DisclosureRule
  /// Example quotes per theme (default 3).
  public var quotesPerTheme: Int
  /// Emerging phrases per question (default 20).
  public var emergingPhrases: Int
  public var redactor: Redactor
  /// Whether to keep the uncoded comments (redacted) for `--uncoded`.
  public var keepsUncodedComments: Bool

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
