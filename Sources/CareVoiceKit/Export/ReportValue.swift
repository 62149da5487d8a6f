/// One figure or word of a report, kept as the value it is so that every format shows it the same way.
///
/// Builders decide every figure once (a rounded percentage, a hidden count); the
/// renderers only choose how to write it: ``text(_:)`` for people, ``ReportValue/json``
/// and the CSV's `value` column for machines, a typed cell for spreadsheets.
public enum ReportValue: Sendable, Hashable {
  /// Words.
  case text(String)
  /// A count of people (respondents, carers, comments); never 1 to `min_cell − 1` — those are ``suppressed(_:)``.
  case count(Int)
  /// A count of things that are not people: promises, actions, periods.
  case number(Int)
  /// A mean, a median or another figure with decimals.
  case decimal(Double)
  /// A percentage: its exact value and the whole number people see.
  case percent(ReportPercent)
  /// A 95% interval of a percentage, in percent.
  case interval(PercentInterval)
  /// A change in percentage points since the period before.
  case change(ReportChange)
  case date(Day)
  case rating(Rating)
  /// A figure hidden by the small-number rule.
  case suppressed(Suppression)
  /// Nothing: a cell left blank (for the team to fill in, or with nothing to show).
  case empty

  /// Why a figure is hidden, which decides its words.
  public enum Suppression: String, Sendable, Hashable, CaseIterable {
    /// It is a count from 1 to `min_cell − 1`, or rests on one: "fewer than 6".
    case small
    /// It is withheld so that a small count cannot be worked out from it: "hidden".
    case hidden
  }

  /// A count of people under the rule: the count, or "fewer than N" when it is from 1 to the minimum less one.
  public static func people(_ count: Int?, rule: DisclosureRule, isSmall: Bool = true) -> ReportValue {
    guard let count else { return .suppressed(isSmall ? .small : .hidden) }
    return rule.suppresses(count) ? .suppressed(.small) : .count(count)
  }

  /// An unrounded percentage rounded half up for people, or hidden when nil.
  public static func share(_ exact: Double?, hidden: Suppression = .small) -> ReportValue {
    guard let exact, exact.isFinite else { return .suppressed(hidden) }
    return .percent(ReportPercent(exact: exact))
  }

  /// The value as people read it, in the words of `text`: `45%`, `fewer than 6`, `31 March 2026`.
  public func text(_ words: FigureText) -> String {
    switch self {
    case .text(let text): return text
    case .count(let count), .number(let count): return String(count)
    case .decimal(let value): return ReportValue.decimalText(value)
    case .percent(let percent): return words.percent(percent.whole, exact: percent.exact)
    case .interval(let interval): return words.interval(interval)
    case .change(let change): return change.text
    case .date(let day): return PledgeWording.date(day)
    case .rating(let rating): return PledgeWording.rating(rating)
    case .suppressed(.small): return words.small
    case .suppressed(.hidden): return FigureText.hidden
    case .empty: return ""
    }
  }

  /// What the value is, in one word, as the CSV's `kind` and the JSON's `kind` say it.
  public var kind: String {
    switch self {
    case .text: return "text"
    case .count: return "count"
    case .number: return "number"
    case .decimal: return "decimal"
    case .percent: return "percent"
    case .interval: return "interval"
    case .change: return "change"
    case .date: return "date"
    case .rating: return "rating"
    case .suppressed: return "suppressed"
    case .empty: return "empty"
    }
  }

  /// Whether the value is a number people compare down a column (aligned right).
  public var isNumeric: Bool {
    switch self {
    case .count, .number, .decimal, .percent, .interval, .change: return true
    default: return false
    }
  }

  /// A number with at most two decimals, trailing zeros dropped: `3.95`, `7`.
  static func decimalText(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    var result = String(rounded)
    while result.hasSuffix("0") { result.removeLast() }
    return result
  }
}

/// A percentage as computed (unrounded) and as shown (a whole number, chosen once by the report's builder).
public struct ReportPercent: Sendable, Hashable {
  /// `count / base × 100`, unrounded.
  public var exact: Double
  /// The whole number every human-facing format shows; largest-remainder rounded where a column adds to 100.
  public var whole: Int

  /// A percentage rounded half up.
  public init(exact: Double) {
    self.exact = exact
    self.whole = Int((exact + 0.5).rounded(.down))
  }

  /// A percentage with the whole number already chosen (by largest remainder).
  public init(exact: Double, whole: Int) {
    self.exact = exact
    self.whole = whole
  }
}

/// A change since the period before, in percentage points, as computed and as shown.
public struct ReportChange: Sendable, Hashable {
  /// The exact change, in percentage points.
  public var points: Double
  /// The change people see: the difference of the two whole percentages shown, so the words agree with them.
  public var shown: Int
  /// Whether Newcombe's 95% interval of the change leaves out zero; nil when not tested.
  public var isSignificant: Bool?

  public init(points: Double, shown: Int, isSignificant: Bool?) {
    self.points = points
    self.shown = shown
    self.isSignificant = isSignificant
  }

  /// The change between two shown percentages: `up 4 points`, `down 1 point`, `no change`.
  public init(from previous: ReportPercent, to current: ReportPercent, isSignificant: Bool?) {
    self.init(
      points: current.exact - previous.exact, shown: current.whole - previous.whole, isSignificant: isSignificant)
  }

  /// `up 4 points`, `down 1 point`, `up less than 1 point`, `no change`; `, significant` added when it is.
  public var text: String {
    let significance = isSignificant == true ? ", significant" : ""
    if shown == 0 {
      return points == 0 ? "no change" : "\(points > 0 ? "up" : "down") less than 1 point\(significance)"
    }
    return "\(shown > 0 ? "up" : "down") \(abs(shown)) \(abs(shown) == 1 ? "point" : "points")\(significance)"
  }
}
