/// How a question's answers moved: the latest selected period against the one before, and every period's figures.
public struct TrendTally: Sendable, Hashable {
  /// The latest selected period.
  public var period: Period
  /// The latest earlier period with responses, or nil when there is none.
  public var previousPeriod: Period?
  /// One change per option (empty for `number` and `text` questions).
  public var options: [ShareChange]
  /// The change in the positive share, for questions that have one.
  public var positive: ShareChange?
  /// Every period with responses, earliest first, each with its own figures.
  public var series: [PeriodTally]

  /// A trend from its parts.
  public init(
    period: Period, previousPeriod: Period?, options: [ShareChange], positive: ShareChange?, series: [PeriodTally]
  ) {
    self.period = period
    self.previousPeriod = previousPeriod
    self.options = options
    self.positive = positive
    self.series = series
  }
}

/// A share in the current and the previous period, the change in percentage points, and whether it is significant.
///
/// `significant` is true when Newcombe's hybrid score 95% interval of the change
/// excludes 0 (see ``ProportionChange``); every field is nil when either share is hidden.
public struct ShareChange: Sendable, Hashable {
  /// The option value, or `positive`.
  public var value: String
  /// The share in the current period.
  public var percent: Double?
  /// The share in the previous period.
  public var previous: Double?
  /// `percent − previous`, in percentage points.
  public var change: Double?
  /// Newcombe's 95% interval of the change, in percentage points.
  public var changeCI95: PercentInterval?
  /// Whether that interval excludes 0.
  public var isSignificant: Bool?

  /// A change from its figures.
  public init(
    value: String, percent: Double?, previous: Double?, change: Double?, changeCI95: PercentInterval?,
    isSignificant: Bool?
  ) {
    self.value = value
    self.percent = percent
    self.previous = previous
    self.change = change
    self.changeCI95 = changeCI95
    self.isSignificant = isSignificant
  }
}

/// One period's figures for a question.
public struct PeriodTally: Sendable, Hashable {
  /// The period.
  public var period: Period
  /// Its figures, suppressed like the rest of the tally.
  public var row: TallyRow

  /// One period's figures.
  public init(period: Period, row: TallyRow) {
    self.period = period
    self.row = row
  }
}

/// A theme's score: the mean positive share of its questions that have one.
///
/// Hidden (nil, suppressed) when any contributing share is hidden, since the
/// mean and the other shares would give the hidden one away. Questions with no
/// answers in the selection do not contribute.
public struct ThemeScore: Sendable, Hashable {
  /// The theme's name, as questions give it.
  public var theme: String
  /// The contributing questions' ids, in instrument order.
  public var questions: [String]
  /// The mean of their positive percentages, unrounded.
  public var meanPositivePercent: Double?
  /// Whether the score is hidden because a contributing share is.
  public var isSuppressed: Bool

  /// A theme score from its figures.
  public init(theme: String, questions: [String], meanPositivePercent: Double?, isSuppressed: Bool) {
    self.theme = theme
    self.questions = questions
    self.meanPositivePercent = meanPositivePercent
    self.isSuppressed = isSuppressed
  }
}
