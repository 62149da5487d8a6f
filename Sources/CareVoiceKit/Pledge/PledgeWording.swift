/// The words and rounded figures the human-facing pledge formats (table, Markdown, CSV) share.
enum PledgeWording {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// A day as a British reader writes it: "31 December 2025".
  static func date(_ day: Day) -> String {
    "\(day.day) \(months[day.month - 1]) \(day.year)"
  }

  /// A rating in words: Green, Amber, Red, or "Not enough evidence".
  static func rating(_ rating: Rating) -> String {
    switch rating {
    case .green: return "Green"
    case .amber: return "Amber"
    case .red: return "Red"
    case .grey: return "Not enough evidence"
    }
  }

  /// An action's state in words: "Completed on time", "Due soon"...
  static func state(_ state: ActionState) -> String {
    switch state {
    case .completedOnTime: return "Completed on time"
    case .completedLate: return "Completed late"
    case .dropped: return "Dropped"
    case .overdue: return "Overdue"
    case .dueSoon: return "Due soon"
    case .open: return "Open"
    }
  }

  /// A percentage rounded to a whole number, halves away from zero.
  static func whole(_ percent: Double) -> Int {
    Int(percent.rounded(.toNearestOrAwayFromZero))
  }

  /// A percentage for people: "91%", or "" when hidden.
  static func percent(_ value: Double?) -> String {
    value.map { "\(whole($0))%" } ?? ""
  }

  /// A 95% interval for people: "82–96%".
  static func range(_ interval: ClosedRange<Double>?) -> String {
    interval.map { "\(whole($0.lowerBound))–\(whole($0.upperBound))%" } ?? ""
  }

  /// A target as the Pledge wrote it, without a needless ".0": "90%", "87.5%".
  static func target(_ value: Double) -> String {
    let text = String(value)
    return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "%"
  }

  /// The change since the previous period: "up 7 points (not a significant change)".
  ///
  /// The points are the difference of the two rounded percentages shown, so the
  /// words agree with the figures beside them; a real change hidden by rounding
  /// reads "up less than 1 point".
  static func trend(of indicator: IndicatorSummary) -> String {
    guard let value = indicator.value, let previous = indicator.previous, let change = indicator.change else {
      return ""
    }
    let points = whole(value) - whole(previous)
    let significance = indicator.isSignificant == true ? "a significant change" : "not a significant change"
    let movement: String
    if points == 0 {
      movement = change == 0 ? "no change" : "\(change > 0 ? "up" : "down") less than 1 point"
    } else {
      movement = "\(points > 0 ? "up" : "down") \(abs(points)) \(abs(points) == 1 ? "point" : "points")"
    }
    return "\(movement) (\(significance))"
  }

  /// A theme's figures for people: "12 of 80 (15%)", or "hidden (small number)".
  static func theme(_ theme: ThemeSummary) -> String {
    guard let respondents = theme.respondents else { return "hidden (small number)" }
    let of = theme.answered.map { " of \($0)" } ?? ""
    let share = theme.percent.map { " (\(whole($0))%)" } ?? ""
    return "\(respondents)\(of)\(share)"
  }
}
