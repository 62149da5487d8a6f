/// The tally of every question of an instrument over a set of periods, with small counts already suppressed.
///
/// Figures are unrounded; a hidden figure is nil. Encodes as the tally JSON of
/// DESIGN.md §6 (see ``InstrumentTally/json``).
public struct InstrumentTally: Sendable, Hashable {
  /// The instrument's id.
  public var instrument: String
  /// The periods tallied together, earliest first.
  public var periods: [Period]
  /// The latest period before the last of ``periods`` that has responses: what trends compare with.
  public var previousPeriod: Period?
  /// Responses in the selected periods.
  public var respondents: Int
  /// The disclosure rule's smallest publishable count (0: suppression off).
  public var minimumCell: Int
  /// What the questions are broken down by: an attribute id, `period`, or nil.
  public var breakdown: String?
  /// Every question of the instrument, in its order.
  public var questions: [QuestionTally]
  /// One score per theme named by the instrument's questions, in order of first appearance.
  public var themes: [ThemeScore]

  /// A tally from its parts (the accumulator makes them; tests and renderers may too).
  public init(
    instrument: String, periods: [Period], previousPeriod: Period?, respondents: Int, minimumCell: Int,
    breakdown: String?, questions: [QuestionTally], themes: [ThemeScore]
  ) {
    self.instrument = instrument
    self.periods = periods
    self.previousPeriod = previousPeriod
    self.respondents = respondents
    self.minimumCell = minimumCell
    self.breakdown = breakdown
    self.questions = questions
    self.themes = themes
  }
}

/// The tally of one question: its figures over all selected respondents, its breakdown, and its trend.
public struct QuestionTally: Sendable, Hashable {
  /// The question's id.
  public var id: String
  /// How the question is answered.
  public var type: Question.Kind
  /// The question as the form asks it.
  public var text: String
  /// The domain the question belongs to, for theme scores.
  public var theme: String?
  /// The figures over every selected respondent.
  public var overall: TallyRow
  /// `respondents − base`; nil when the base is hidden or when showing it would let a hidden split be worked out.
  public var missing: Int?
  /// Shown the question and left it empty; nil when suppressed.
  public var skipped: Int?
  /// Never shown the question; nil when suppressed.
  public var notShown: Int?
  /// Which of missing, skipped and not shown are hidden as counts under the minimum (the rest were hidden to protect them).
  public var smallCounts: SmallCounts
  /// Whether the options carry scores, so that rows have a mean score.
  public var isScored: Bool
  /// One row per group when the tally has a breakdown, else nil.
  public var breakdown: [GroupTally]?
  /// The change since the previous period and every period's figures; nil with no period selected.
  public var trend: TrendTally?

  /// A question's tally from its parts.
  public init(
    id: String, type: Question.Kind, text: String, theme: String?, overall: TallyRow, missing: Int?,
    skipped: Int?, notShown: Int?, smallCounts: SmallCounts = [], isScored: Bool, breakdown: [GroupTally]?,
    trend: TrendTally?
  ) {
    self.id = id
    self.type = type
    self.text = text
    self.theme = theme
    self.overall = overall
    self.missing = missing
    self.skipped = skipped
    self.notShown = notShown
    self.smallCounts = smallCounts
    self.isScored = isScored
    self.breakdown = breakdown
    self.trend = trend
  }
}

/// The respondent counts of a question hidden because they are under the rule's minimum.
public struct SmallCounts: OptionSet, Sendable, Hashable {
  /// The flags as bits.
  public let rawValue: Int
  /// The set with these bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Missing is under the minimum.
  public static let missing = SmallCounts(rawValue: 1)
  /// Skipped is under the minimum.
  public static let skipped = SmallCounts(rawValue: 2)
  /// Not shown is under the minimum.
  public static let notShown = SmallCounts(rawValue: 4)
}
