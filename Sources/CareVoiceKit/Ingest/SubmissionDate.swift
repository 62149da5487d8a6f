import Foundation

/// Reads the submission dates that survey tools write, into a ``Day``.
///
/// Accepted: ISO 8601 (`2025-07-01`, `2025-07-01T11:13:44.123+01:00`, `2025-07-01 11:13:44`),
/// slashed dates with an optional time and AM/PM (`01/07/2025 10:22`, `7/1/2025 9:04:01 AM`),
/// and Excel serial numbers (`45839`, `45839.43`) where the dialect allows them.
/// A slashed date is read day first, as UK exports write it, unless the dialect
/// writes month first (SurveyMonkey, Google Forms in a US locale); when the
/// preferred order gives no real date the other order is tried.
public struct SubmissionDate: Sendable, Hashable {
  /// Which number comes first in `NN/NN/YYYY`.
  public enum Order: Sendable, Hashable {
    case dayFirst
    case monthFirst
  }

  public var order: Order
  public var acceptsSerialNumbers: Bool

  public init(order: Order = .dayFirst, acceptsSerialNumbers: Bool = false) {
    self.order = order
    self.acceptsSerialNumbers = acceptsSerialNumbers
  }

  /// The day a text names, or nil when it names none.
  public func day(from text: String) -> Day? {
    let trimmed = text.trimmed
    if let day = Day(iso: trimmed) { return day }
    if let day = slashed(trimmed) { return day }
    if acceptsSerialNumbers, let serial = Double(trimmed), serial >= 1, serial < 2_958_466 {
      return SubmissionDate.excelDay(serial: serial)
    }
    return nil
  }

  /// The day of an Excel serial date in the 1900 date system (1 = 1900-01-01, with Excel's phantom 29 February 1900).
  public static func excelDay(serial: Double) -> Day {
    let whole = Int(serial)
    // Serial 60 is the 29 February 1900 Excel believes in; later serials are one day ahead.
    let offset = whole >= 60 ? whole - 1 : whole
    return Day(year: 1899, month: 12, day: 31)!.adding(days: offset)
  }

  private func slashed(_ text: String) -> Day? {
    let datePart = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
    let pieces = datePart.split(separator: "/", omittingEmptySubsequences: false)
    guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
      let first = Int(pieces[0]), let second = Int(pieces[1]), var year = Int(pieces[2])
    else { return nil }
    if pieces[2].count == 2 { year += 2000 }
    guard pieces[2].count == 4 || pieces[2].count == 2 else { return nil }
    let preferred = order == .dayFirst ? (first, second) : (second, first)
    if let day = Day(year: year, month: preferred.1, day: preferred.0) { return day }
    return Day(year: year, month: preferred.0, day: preferred.1)
  }
}
