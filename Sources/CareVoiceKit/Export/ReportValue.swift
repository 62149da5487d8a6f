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
