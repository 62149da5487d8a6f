/// Words every report builder shares: periods and dates as people write them, lists, plurals.
enum ReportWording {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// A period in words: "July to September 2026", "April 2025 to March 2026", "September 2025".
  static func period(_ period: Period) -> String {
    let start = period.start
    let end = period.end
    if start.month == end.month && start.year == end.year { return "\(months[start.month - 1]) \(start.year)" }
    if start.year == end.year { return "\(months[start.month - 1]) to \(months[end.month - 1]) \(end.year)" }
    return "\(months[start.month - 1]) \(start.year) to \(months[end.month - 1]) \(end.year)"
  }

  /// A period in words with its label: "July to September 2026 (2026-27 Q2)".
  static func periodWithLabel(_ period: Period) -> String {
    "\(self.period(period)) (\(period))"
  }

  /// A day as a British reader writes it: "25 November 2026".
  static func date(_ day: Day) -> String { PledgeWording.date(day) }

  /// A month and year: "March 2026".
  static func month(_ day: Day) -> String { "\(months[day.month - 1]) \(day.year)" }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String], joining word: String = "and") -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(word) " + (items.last ?? "")
    }
  }

  /// "1 promise", "3 promises".
  static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
  }

  /// A question's text as a quoted phrase, without a final full stop: “I feel safe where I live”.
  static func quoted(_ text: String) -> String {
    var text = text
    while let last = text.last, last == "." || last == " " { text.removeLast() }
    return "“\(text)”"
  }
}
