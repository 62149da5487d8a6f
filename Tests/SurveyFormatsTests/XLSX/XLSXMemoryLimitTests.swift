import Foundation
import SurveyFormats
import Testing

/// The parts of a workbook held in memory — shared strings, styles — stay within their limits, whatever the zip claims.
@Suite struct XLSXMemoryLimitTests {
  static let header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"

  @Test("refuses shared strings that would hold more than their limit, counting each string's cost")
  func refusesTooManySharedStrings() throws {
    let strings = String(repeating: "<si><t>a</t></si>", count: 70_000)
    var parts = WorkbookParts(sheet: WorkbookParts.sheet(Self.header))
    parts.sharedStrings = "<sst \(WorkbookParts.main)>\(strings)</sst>"
    let limits = XLSXReader.Limits(maxSharedStringBytes: 1 << 20)
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "strings.xlsx", line: 1),
          "this workbook's shared text (xl/sharedStrings.xml) holds more than 1 MB; no survey export is that big,"
            + " and files built to exhaust memory look like this, so carevoice does not read it — export the"
            + " responses again"))
    ) { try XLSXReader(data: try parts.zipped(), name: "strings.xlsx", limits: limits) }
    // 70,000 one-letter strings cost 1,190,000 bytes: within the default limit they are read.
    var reader = try XLSXReader(data: try parts.zipped(), name: "strings.xlsx")
    #expect(try allRows(&reader).map(\.fields) == [["a"]])
  }

  @Test("refuses one shared string longer than 1 MB without holding it")
  func refusesHugeSharedString() throws {
    var parts = WorkbookParts(sheet: WorkbookParts.sheet(Self.header))
    parts.sharedStrings = "<sst \(WorkbookParts.main)><si><t>\(String(repeating: "a", count: 2 << 20))</t></si></sst>"
    do {
      _ = try XLSXReader(data: try parts.zipped(), name: "long.xlsx")
      Issue.record("a 2 MB shared string was read")
    } catch let error as InputError {
      #expect(error.description.hasPrefix("long.xlsx:1: error: one text here is longer than 1 MB"))
    }
  }

  @Test("refuses styles that unpack past the layout limit, even when the zip claims they are small")
  func refusesLyingStyles() throws {
    var parts = WorkbookParts(sheet: WorkbookParts.sheet(Self.header))
    parts.styles =
      "<styleSheet \(WorkbookParts.main)><cellXfs>"
      + String(repeating: "<xf numFmtId=\"0\"/>", count: 100_000) + "</cellXfs></styleSheet>"
    let lying = try claimingSize(100, for: "xl/styles.xml", in: try parts.zipped())
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "styles.xlsx", line: 1),
          "this workbook's part xl/styles.xml unpacks to more than 1 MB; no survey export is that big, and files"
            + " built to exhaust memory look like this, so carevoice does not read it — export the responses"
            + " again"))
    ) { try XLSXReader(data: lying, name: "styles.xlsx", limits: XLSXReader.Limits(maxLayoutPartBytes: 1 << 20)) }
  }
}
