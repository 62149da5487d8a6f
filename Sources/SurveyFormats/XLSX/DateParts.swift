/// What a date number format shows of a cell's serial number, which decides the ISO 8601 text it becomes.
enum DateParts: Sendable, Hashable {
  /// A day: `2025-07-01`.
  case date
  /// A time of day: `10:22:03`.
  case time
  /// Both: `2025-07-01T10:22:03`.
  case dateTime

  /// What the built-in number format `id` shows, or nil when it is not a date or time format.
  ///
  /// The built-in date and time formats are 14–22 (`m/d/yyyy` ... `m/d/yyyy h:mm`)
  /// and 45–47 (`mm:ss`, `[h]:mm:ss`, `mmss.0`).
  init?(builtInFormat id: Int) {
    switch id {
    case 14...17: self = .date
    case 18...21, 45...47: self = .time
    case 22: self = .dateTime
    default: return nil
    }
  }

  /// What a custom format code shows, or nil when it shows no day, month, year, hour or second.
  ///
  /// Only the first section (before an unquoted `;`) counts. Quoted text, `[...]`
  /// (colours, locales, conditions), a character after `\`, `_` or `*` are skipped.
  /// `m` is a month unless the code also has hours or seconds.
  init?(formatCode code: String) {
    var hasDay = false
    var hasMonthOrMinute = false
    var hasTime = false
    var characters = code.lowercased().makeIterator()
    scan: while let character = characters.next() {
      switch character {
      case "\"":
        while let quoted = characters.next(), quoted != "\"" {}
      case "[":
        while let bracketed = characters.next(), bracketed != "]" {}
      case "\\", "_", "*":
        _ = characters.next()
      case ";":
        break scan
      case "d", "y":
        hasDay = true
      case "m":
        hasMonthOrMinute = true
      case "h", "s":
        hasTime = true
      default:
        continue
      }
    }
    switch (hasDay || hasMonthOrMinute, hasTime) {
    case (true, true) where hasDay: self = .dateTime
    case (_, true): self = .time
    case (true, false): self = .date
    default: return nil
    }
  }
}
