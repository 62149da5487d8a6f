import Foundation

/// A reporting period: an English financial quarter or year (April–March), or a calendar month.
///
/// Labels read `2025-26 Q1` (April–June 2025), `2025-26` (April 2025–March 2026)
/// and `2025-09` (September 2025). A label that could be a year or a month
/// (`2010-11`) is a financial year, as DESIGN.md §5 says.
public enum Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Quarter 1–4 of the financial year starting in April of `year`.
  case quarter(year: Int, quarter: Int)
  /// The financial year starting in April of `year`.
  case financialYear(Int)
  /// A calendar month.
  case month(year: Int, month: Int)

  /// How finely periods are derived from submission dates.
  public enum Granularity: String, Sendable, CaseIterable {
    case quarter, year, month
  }

  /// The period of the given granularity that holds a day.
  public static func containing(_ day: Day, granularity: Granularity = .quarter) -> Period {
    let startYear = day.month >= 4 ? day.year : day.year - 1
    switch granularity {
    case .quarter: return .quarter(year: startYear, quarter: (day.month + 8) % 12 / 3 + 1)
    case .year: return .financialYear(startYear)
    case .month: return .month(year: day.year, month: day.month)
    }
  }

  /// Reads a label such as `2025-26 Q1`, `2025-26` or `2025-09`; nil when it is none of them.
  public init?(label: String) {
    let text = label.trimmingCharacters(in: .whitespaces)
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard let head = parts.first, parts.count <= 2 else { return nil }
    let pieces = head.split(separator: "-")
    guard pieces.count == 2, pieces[0].count == 4, pieces[1].count == 2,
      let year = Int(pieces[0]), let tail = Int(pieces[1]), year >= 1000
    else { return nil }
    let isYear = tail == (year + 1) % 100
    if parts.count == 2 {
      let q = parts[1].uppercased()
      guard isYear, q.count == 2, q.first == "Q", let n = Int(q.dropFirst()), (1...4).contains(n)
      else { return nil }
      self = .quarter(year: year, quarter: n)
    } else if isYear {
      self = .financialYear(year)
    } else if (1...12).contains(tail) {
      self = .month(year: year, month: tail)
    } else {
      return nil
    }
  }

  /// The first day of the period.
  public var start: Day {
    switch self {
    case .quarter(let year, let quarter):
      let month = 4 + (quarter - 1) * 3
      return month > 12 ? Day(year: year + 1, month: month - 12, day: 1)! : Day(year: year, month: month, day: 1)!
    case .financialYear(let year): return Day(year: year, month: 4, day: 1)!
    case .month(let year, let month): return Day(year: year, month: month, day: 1)!
    }
  }

  /// The last day of the period.
  public var end: Day {
    let months: Int
    switch self {
    case .quarter: months = 3
    case .financialYear: months = 12
    case .month: months = 1
    }
    let first = start
    let total = first.month - 1 + months
    return Day(year: first.year + total / 12, month: total % 12 + 1, day: 1)!.adding(days: -1)
  }

  public func contains(_ day: Day) -> Bool { start <= day && day <= end }

  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    switch self {
    case .quarter(let year, let quarter): return "\(year)-\(two((year + 1) % 100)) Q\(quarter)"
    case .financialYear(let year): return "\(year)-\(two((year + 1) % 100))"
    case .month(let year, let month): return "\(year)-\(two(month))"
    }
  }

  /// Periods sort by their first day, then the shorter first.
  public static func < (lhs: Period, rhs: Period) -> Bool {
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    return lhs.end < rhs.end
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let period = Period(label: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a period label"))
    }
    self = period
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
