/// Turns a spreadsheet date serial number into ISO 8601 text.
///
/// In the 1900 date system serial 1 is 1900-01-01, and serials from 61 count from
/// 1899-12-30, because Excel keeps Lotus 1-2-3's nonexistent 1900-02-29 (serial 60,
/// given here as 1900-02-28). In the 1904 system serial 0 is 1904-01-01. The fraction
/// is the time of day, rounded to the second.
enum ExcelDate {
  /// The ISO 8601 text for `serial`, or nil when it is not a date a workbook can hold (negative, past 9999).
  static func text(serial: Double, uses1904: Bool, showing parts: DateParts) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    let seconds = Int((serial * 86_400).rounded())
    var days = seconds / 86_400
    let secondOfDay = seconds % 86_400
    let daysFrom1970: Int
    if uses1904 {
      daysFrom1970 = days - 24_107
    } else {
      if days < 60 { days += 1 }
      daysFrom1970 = days - 25_569
    }
    let time = "\(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay / 60 % 60)):\(twoDigits(secondOfDay % 60))"
    switch parts {
    case .time: return time
    case .date: return date(daysFrom1970)
    case .dateTime: return date(daysFrom1970) + "T" + time
    }
  }

  /// `YYYY-MM-DD` for a count of days from 1970-01-01 (Howard Hinnant's civil-from-days).
  private static func date(_ daysFrom1970: Int) -> String {
    let z = daysFrom1970 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
  }

  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
