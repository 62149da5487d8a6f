/// How often a theme linked to a promise came up in the period's comments.
///
/// A small count of respondents is suppressed: ``respondents`` and ``percent``
/// are nil and ``isSuppressed`` is true.
public struct ThemeSummary: Sendable, Hashable {
  public var instrument: String
  public var question: String
  public var theme: String
  /// The theme's label in its codebook (its id when no comments were loaded).
  public var label: String
  /// Respondents who mentioned the theme; nil when suppressed.
  public var respondents: Int?
  /// Respondents who answered the comment question; nil when that count is suppressed.
  public var answered: Int?
  /// ``respondents`` as a percentage of ``answered``.
  public var percent: Double?
  public var isSuppressed: Bool

  /// The theme's figures in `period`: the evidence of that period and of any shorter period inside it, added up.
  ///
  /// Added-up figures are suppressed when the total is small or when the themes
  /// tally hid any of the figures added.
  init(link: ThemeLink, evidence: [ThemeEvidence], period: Period?, disclosure: DisclosureRule) {
    instrument = link.instrument
    question = link.question
    theme = link.theme
    label = evidence.max { $0.period < $1.period }?.label ?? link.theme
    let inside = period.map { period in evidence.filter { period.encloses($0.period) } } ?? []
    let mentioned = inside.reduce(0) { $0 + $1.respondents }
    let total = inside.reduce(0) { $0 + $1.answered }
    isSuppressed = inside.contains(where: \.isSuppressed) || disclosure.suppresses(mentioned)
    answered = disclosure.suppresses(total) ? nil : total
    guard !isSuppressed else { return }
    respondents = mentioned
    if total > 0, !disclosure.hidesFigures(onBase: total) {
      percent = Double(mentioned) / Double(total) * 100
    }
  }
}
