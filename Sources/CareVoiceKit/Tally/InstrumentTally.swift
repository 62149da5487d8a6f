/// The tally of every question of an instrument over a set of periods, with small counts already suppressed.
///
/// Figures are unrounded; a hidden figure is nil. Encodes as the tally JSON of
/// DESIGN.md §6 (see ``InstrumentTally/json``).
public struct InstrumentTally: Sendable, Hashable {
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
  public var questions: [QuestionTally]
  /// One score per theme named by the instrument's questions, in order of first appearance.
  public var themes: [ThemeScore]

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
  public var id: String
  public var type: Question.Kind
  public var text: String
  public var theme: String?
  /// The figures over every selected respondent.
  public var overall: TallyRow
  /// `respondents − base`; nil when the base is hidden or when showing it would let a hidden split be worked out.
  public var missing: Int?
  /// Shown the question and left it empty; nil when suppressed.
  public var skipped: Int?
  /// Never shown the question; nil when suppressed.
  public var notShown: Int?
  /// Whether the options carry scores, so that rows have a mean score.
  public var isScored: Bool
  /// One row per group when the tally has a breakdown, else nil.
  public var breakdown: [GroupTally]?
  public var trend: TrendTally?

  public init(
    id: String, type: Question.Kind, text: String, theme: String?, overall: TallyRow, missing: Int?,
    skipped: Int?, notShown: Int?, isScored: Bool, breakdown: [GroupTally]?, trend: TrendTally?
  ) {
    self.id = id
    self.type = type
    self.text = text
    self.theme = theme
    self.overall = overall
    self.missing = missing
    self.skipped = skipped
    self.notShown = notShown
    self.isScored = isScored
    self.breakdown = breakdown
    self.trend = trend
  }
}

/// The figures of one set of respondents for one question: everyone selected, a breakdown group, or one period.
public struct TallyRow: Sendable, Hashable {
  /// Respondents who answered; nil when hidden.
  public var base: Int?
  /// Whether percentages, intervals, means and medians are withheld because the base is hidden or under the rule's minimum.
  public var figuresHidden: Bool
  /// One per option, in the question's order; empty for `number` and `text` questions.
  public var options: [OptionTally]
  /// Ticks over all options of a `multiple` question (nil elsewhere, or when hidden).
  public var mentions: Int?
  /// The share choosing a positive option, for `single` and `scale` questions that mark one.
  public var positive: ShareTally?
  /// The mean score of answers whose option has a score; nil when hidden or when nothing scored.
  public var meanScore: Double?
  /// `n`, sum, mean, median, minimum and maximum of a `number` question.
  public var number: NumberTally?

  public init(
    base: Int?, figuresHidden: Bool, options: [OptionTally] = [], mentions: Int? = nil,
    positive: ShareTally? = nil, meanScore: Double? = nil, number: NumberTally? = nil
  ) {
    self.base = base
    self.figuresHidden = figuresHidden
    self.options = options
    self.mentions = mentions
    self.positive = positive
    self.meanScore = meanScore
    self.number = number
  }
}

/// One option's count, its share of the base, and the Wilson 95% interval of that share.
public struct OptionTally: Sendable, Hashable {
  public var value: String
  public var label: String
  public var share: ShareTally

  public init(value: String, label: String, share: ShareTally) {
    self.value = value
    self.label = label
    self.share = share
  }
}

/// A count with its percentage of a base and the Wilson 95% interval, any of them hidden (nil).
public struct ShareTally: Sendable, Hashable {
  public var count: Int?
  /// `count / base × 100`, unrounded.
  public var percent: Double?
  public var ci95: PercentInterval?
  /// Whether the count is hidden by the disclosure rule (as a small count or to protect one).
  public var isSuppressed: Bool

  public init(count: Int?, percent: Double?, ci95: PercentInterval?, isSuppressed: Bool) {
    self.count = count
    self.percent = percent
    self.ci95 = ci95
    self.isSuppressed = isSuppressed
  }
}

/// The summary of a `number` question's answers; the figures are nil when the base is hidden or small.
public struct NumberTally: Sendable, Hashable {
  public var n: Int?
  public var sum: Double?
  public var mean: Double?
  public var median: Double?
  public var min: Double?
  public var max: Double?

  public init(n: Int?, sum: Double?, mean: Double?, median: Double?, min: Double?, max: Double?) {
    self.n = n
    self.sum = sum
    self.mean = mean
    self.median = median
    self.min = min
    self.max = max
  }
}

/// One group of a breakdown: an attribute value (or "not stated") or a period, with its own figures.
public struct GroupTally: Sendable, Hashable {
  /// The attribute value or period label.
  public var group: String
  public var label: String
  public var row: TallyRow

  public init(group: String, label: String, row: TallyRow) {
    self.group = group
    self.label = label
    self.row = row
  }
}
