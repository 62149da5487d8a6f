/// One cell of a spreadsheet written by ``XLSXWorkbookWriter``, typed so Excel sorts and sums it properly.
public enum XLSXCell: Sendable, Hashable {
  /// Text; one that a spreadsheet could take for a formula is neutralised (see ``neutralisedText(_:)``).
  case text(String)
  case integer(Int)
  /// A number shown as Excel's General format; a non-finite number is left empty.
  case number(Double)
  /// A fraction shown as a whole percentage: 0.912 is stored as 0.912 and shown as `91%`.
  case percent(Double)
  /// A date shown as `30 Sep 2025`.
  case date(Day)
  case empty
  /// A count or figure hidden by the small-number rule: shown as the writer's suppressed text ("fewer than 6").
  case suppressed

  /// Text made safe from spreadsheet formula injection: text starting with `=`, `+`, `-`, `@`, a tab or a
  /// carriage return gets a `'` in front.
  ///
  /// The writer stores text as text (libxlsxwriter's `worksheet_write_string` never writes a
  /// formula), so Excel would not evaluate `=HYPERLINK(…)` even unchanged. The prefix is for
  /// what happens next: a cell copied into another sheet, a workbook saved as CSV and opened
  /// again, another spreadsheet program. It is visible, which tells the reader the text was
  /// changed, and it is the same rule the CSV export follows (DESIGN.md §7).
  public static func neutralisedText(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }

  /// Roughly how many characters wide the cell shows, for sizing its column.
  func displayWidth(suppressedText: String) -> Int {
    switch self {
    case .text(let text):
      return XLSXCell.neutralisedText(text).split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
    case .integer(let value): return String(value).count
    case .number(let value): return value.isFinite ? min(String(value).count, 12) : 0
    case .percent(let value):
      return value.isFinite && abs(value) < 1e6 ? String(Int((value * 100).rounded())).count + 1 : 0
    case .date: return 11
    case .empty: return 0
    case .suppressed: return suppressedText.count
    }
  }
}
