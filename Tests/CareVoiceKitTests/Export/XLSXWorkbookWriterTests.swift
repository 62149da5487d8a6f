import CareVoiceKit
import Foundation
import Testing

@Suite struct XLSXWorkbookWriterTests {
  static let formula = "=HYPERLINK(\"http://x\")"

  private let sheet = XLSXSheet(
    name: "Tally: Q1/Q2 [draft]",
    header: ["Question", "Count", "Mean", "Share", "Last loaded", "Note", "Hidden"],
    rows: [
      [
        .text("Do you feel safe?"), .integer(42), .number(3.25), .percent(0.912),
        .date(Day(year: 2025, month: 9, day: 30)!),
        .empty, .suppressed,
      ],
      [
        .text(formula), .integer(7), .number(.nan), .percent(0.5), .text("+44 1632 960000"), .text("-minus"),
        .text("@handle"),
      ],
    ])

  private func written(_ sheets: [XLSXSheet]) throws -> (folder: String, path: String) {
    let folder = NSTemporaryDirectory() + "xlsx-writer-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let path = folder + "/tally.xlsx"
    try XLSXWorkbookWriter(suppressedText: "fewer than 6").write(sheets, to: path)
    return (folder, path)
  }

  @Test("writes typed cells that read back with their values")
  func valuesReadBack() throws {
    let (folder, path) = try written([sheet])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let book = try XLSXPackage(path: path)
    let cells = try book.cells(sheet: 1)
    #expect(cells["A1"]?.text == "Question")
    #expect(cells["A2"]?.text == "Do you feel safe?")
    #expect(cells["B2"]?.value == "42")
    #expect(cells["C2"]?.value == "3.25")
    #expect(cells["D2"]?.value == "0.912")
    let serial = Day(year: 2025, month: 9, day: 30)!.ordinal - Day(year: 1899, month: 12, day: 30)!.ordinal
    #expect(cells["E2"]?.value == String(serial))
    #expect(cells["F2"] == nil)
    #expect(cells["G2"]?.text == "fewer than 6")
    #expect(cells["C3"] == nil, "a NaN is left empty, not written as a number Excel cannot read")
    #expect(try book.numberFormat(ofStyle: try #require(cells["D2"]?.style)) == "0%")
    #expect(try book.numberFormat(ofStyle: try #require(cells["E2"]?.style)) == "d mmm yyyy")
  }

  @Test("neutralises text that a spreadsheet could take for a formula")
  func neutralisesFormulae() throws {
    let (folder, path) = try written([sheet])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cells = try XLSXPackage(path: path).cells(sheet: 1)
    #expect(cells["A3"]?.text == "'" + Self.formula)
    #expect(cells["E3"]?.text == "'+44 1632 960000")
    #expect(cells["F3"]?.text == "'-minus")
    #expect(cells["G3"]?.text == "'@handle")
    #expect(cells.values.allSatisfy { !$0.isFormula })
  }

  @Test(
    "prefixes only text starting with = + - @ tab or carriage return",
    arguments: [
      ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
      ("a=1", "a=1"), ("'=1", "'=1"), ("", ""), ("Yes", "Yes"),
    ])
  func neutralisedText(input: String, expected: String) {
    #expect(XLSXCell.neutralisedText(input) == expected)
  }

  @Test("freezes the header row, filters it, makes it bold and sizes columns from content")
  func headerRow() throws {
    let (folder, path) = try written([sheet])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let book = try XLSXPackage(path: path)
    let xml = try book.part("xl/worksheets/sheet1.xml")
    #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    #expect(xml.contains("<autoFilter ref=\"A1:G3\"/>"))
    #expect(try book.isBold(style: try #require(book.cells(sheet: 1)["A1"]?.style)))
    let widths = book.columnWidths(xml)
    #expect(widths.count == 7)
    // "Do you feel safe?" (17) and "=HYPERLINK(...)" neutralised (23): the first column is the widest text plus 2.
    #expect(abs((widths.first ?? 0) - 25.71) < 0.01)
    #expect(abs(widths[1] - 10.71) < 0.01, "\"Count\" with room for the filter button")
  }

  @Test("creates the file readable by its owner only, even over a file others could read")
  func ownerOnly() throws {
    let (folder, path) = try written([sheet])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try Self.mode(of: path) == 0o600)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    try XLSXWorkbookWriter(suppressedText: "fewer than 6").write([sheet], to: path)
    #expect(try Self.mode(of: path) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["tally.xlsx"], "no scratch folder left")
  }

  @Test("names sheets validly and uniquely")
  func sheetNames() throws {
    let sheets = [sheet, sheet, XLSXSheet(name: "", header: ["A"], rows: [])]
    let (folder, path) = try written(sheets)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let workbook = try XLSXPackage(path: path).part("xl/workbook.xml")
    #expect(workbook.contains("name=\"Tally - Q1-Q2 (draft)\""))
    #expect(workbook.contains("name=\"Tally - Q1-Q2 (draft) (2)\""))
    #expect(workbook.contains("name=\"Sheet 3\""))
  }

  @Test("says which folder is missing, and writes nothing")
  func missingFolder() throws {
    let path = NSTemporaryDirectory() + "no-such-folder-\(UUID().uuidString)/tally.xlsx"
    let error = try #require(
      throws: XLSXWriteError.self, performing: { try XLSXWorkbookWriter(suppressedText: "x").write([sheet], to: path) })
    #expect(error.problem == .folderMissing((path as NSString).deletingLastPathComponent))
    #expect(error.description.hasPrefix("\(path): error: cannot write this spreadsheet: the folder \""))
    #expect(error.description.hasSuffix("does not exist; create it or choose another output folder"))
  }

  @Test("refuses text longer than a cell holds, naming the cell, and leaves no file behind")
  func textTooLong() throws {
    let folder = NSTemporaryDirectory() + "xlsx-writer-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let long = XLSXSheet(
      name: "Comments", header: ["Id", "Comment"], rows: [[.integer(1), .text(String(repeating: "a", count: 40_000))]])
    let error = try #require(
      throws: XLSXWriteError.self,
      performing: { try XLSXWorkbookWriter(suppressedText: "x").write([long], to: folder + "/c.xlsx") })
    #expect(error.problem == .textTooLong(sheet: "Comments", cell: "B2"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test("writes the sample workbook when CAREVOICE_SAMPLE_DIR is set")
  func writesSample() throws {
    guard let folder = ProcessInfo.processInfo.environment["CAREVOICE_SAMPLE_DIR"] else { return }
    let path = folder + "/tally.xlsx"
    try XLSXWorkbookWriter(suppressedText: "fewer than 6").write([sheet], to: path)
    #expect(try Self.mode(of: path) == 0o600)
  }

  static func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}
