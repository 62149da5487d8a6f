import Testing

@testable import SurveyFormats

@Suite struct CellFormatTests {
  @Test(
    "tells date and time format codes from number formats",
    arguments: [
      ("yyyy-mm-dd", DateParts.date), ("m/d/yy h:mm:ss", .dateTime), ("[$-809]dd mmmm yyyy;@", .date),
      ("h:mm AM/PM", .time), ("[h]:mm:ss", .time), ("DD/MM/YYYY", .date), ("mmm-yy", .date),
      ("yyyy\\-mm\\-dd\\ hh:mm", .dateTime),
    ])
  func recognisesDateFormats(code: String, parts: DateParts) {
    #expect(DateParts(formatCode: code) == parts)
  }

  @Test(
    "leaves number formats as numbers",
    arguments: ["General", "0.00", "#,##0", "0%", "0.00E+00", "\"Day \"0", "[Red]0.0", "0\\d", "_-* #,##0_-;-* #,##0"])
  func ignoresNumberFormats(code: String) {
    #expect(DateParts(formatCode: code) == nil)
  }

  @Test("knows the built-in date and time formats", arguments: Array(0...50))
  func knowsBuiltInFormats(id: Int) {
    let expected: DateParts? =
      switch id {
      case 14...17: .date
      case 18...21, 45...47: .time
      case 22: .dateTime
      default: nil
      }
    #expect(DateParts(builtInFormat: id) == expected)
  }

  @Test(
    "turns serial numbers into ISO 8601 text",
    arguments: [
      (1.0, false, DateParts.date, "1900-01-01"), (59, false, .date, "1900-02-28"), (61, false, .date, "1900-03-01"),
      (45_839.999_999_9, false, .dateTime, "2025-07-02T00:00:00"), (0, true, .date, "1904-01-01"),
      (2_958_465, false, .date, "9999-12-31"), (0.5, false, .time, "12:00:00"),
    ])
  func convertsSerials(serial: Double, uses1904: Bool, parts: DateParts, text: String) {
    #expect(ExcelDate.text(serial: serial, uses1904: uses1904, showing: parts) == text)
  }

  @Test("refuses serial numbers no workbook date can have", arguments: [-1, 2_958_466, Double.nan, .infinity])
  func refusesImpossibleSerials(serial: Double) {
    #expect(ExcelDate.text(serial: serial, uses1904: false, showing: .date) == nil)
  }

  @Test(
    "reads the column of a cell reference",
    arguments: [("A1", 1), ("c5", 3), ("Z9", 26), ("AA10", 27), ("XFD1", 16_384)])
  func readsColumns(reference: String, column: Int) {
    #expect(Array(reference.utf8).withUnsafeBufferPointer(CellReference.column) == column)
  }

  @Test(
    "refuses references past the last column or without letters, however many letters (a crash fuzzing found)",
    arguments: ["XFE1", "AAAA1", "12", "", String(repeating: "Z", count: 40) + "1"])
  func refusesBadReferences(reference: String) {
    #expect(Array(reference.utf8).withUnsafeBufferPointer(CellReference.column) == nil)
  }

  @Test("undoes Excel's _xHHHH_ escapes and leaves other underscores alone")
  func unescapesText() {
    #expect(SharedStrings.unescaped("a_x000D_b_x005F_x0041_ c_xZZZZ_") == "a\rb_x0041_ c_xZZZZ_")
  }
}
