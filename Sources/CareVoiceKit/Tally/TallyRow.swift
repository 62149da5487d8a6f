/// The figures of one set of respondents for one question: everyone selected, a breakdown group, or one period.
public struct TallyRow: Sendable, Hashable {
  /// Respondents who answered; nil when hidden.
  public var base: Int?
  /// Whether the base is hidden because it is under the rule's minimum (rather than to protect another count).
  public var isBaseSmall: Bool
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

  /// A row from its figures.
  public init(
    base: Int?, isBaseSmall: Bool = false, figuresHidden: Bool, options: [OptionTally] = [], mentions: Int? = nil,
    positive: ShareTally? = nil, meanScore: Double? = nil, number: NumberTally? = nil
  ) {
    self.base = base
    self.isBaseSmall = isBaseSmall
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
  /// The option's stored value.
  public var value: String
  /// The option as the form shows it.
  public var label: String
  /// Its count, percentage and interval.
  public var share: ShareTally

  /// An option's tally.
  public init(value: String, label: String, share: ShareTally) {
    self.value = value
    self.label = label
    self.share = share
  }
}

/// A count with its percentage of a base and the Wilson 95% interval, any of them hidden (nil).
public struct ShareTally: Sendable, Hashable {
  /// The count; nil when hidden.
  public var count: Int?
  /// `count / base × 100`, unrounded.
  public var percent: Double?
  /// The Wilson 95% interval of the percentage; nil when hidden.
  public var ci95: PercentInterval?
  /// Whether the count is hidden by the disclosure rule (as a small count or to protect one).
  public var isSuppressed: Bool
  /// Whether it is hidden because it is under the rule's minimum: "fewer than 6" rather than "hidden".
  public var isSmall: Bool

  /// A share from its figures.
  public init(count: Int?, percent: Double?, ci95: PercentInterval?, isSuppressed: Bool, isSmall: Bool = false) {
    self.count = count
    self.percent = percent
    self.ci95 = ci95
    self.isSuppressed = isSuppressed
    self.isSmall = isSmall
  }
}

/// The summary of a `number` question's answers; the figures are nil when the base is hidden or small.
public struct NumberTally: Sendable, Hashable {
  /// The number of answers (the base).
  public var n: Int?
  /// Their sum.
  public var sum: Double?
  /// Their mean.
  public var mean: Double?
  /// Their exact median.
  public var median: Double?
  /// The smallest answer.
  public var min: Double?
  /// The largest answer.
  public var max: Double?

  /// A summary from its figures.
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
  /// The value's label, or the period label.
  public var label: String
  /// The group's figures.
  public var row: TallyRow

  /// A group's tally.
  public init(group: String, label: String, row: TallyRow) {
    self.group = group
    self.label = label
    self.row = row
  }
}
