import Foundation
import SurveyFormats
import Testing

@Suite struct XLSXReaderTests {
  @Test("reads a Microsoft Forms export: inline strings, date cells, sparse and trailing empty cells")
  func readsMicrosoftFormsExport() throws {
    var reader = try XLSXReader(path: try xlsxFixture("msforms-export.xlsx"))
    let rows = try allRows(&reader)
    #expect(reader.diagnostics == [])
    #expect(rows.map(\.line) == [1, 2, 3, 4])
    #expect(
      rows.first?.fields == [
        "ID", "Start time", "Completion time", "Email", "Name", "Do you feel safe where you live?",
        "Which activities do you do?", "How many social workers have you had this year?", "Date of your last review",
        "Anything else you want to tell us?",
      ])
    #expect(
      Array(rows.dropFirst().map(\.fields)) == [
        [
          "1", "2025-07-01T10:20:05", "2025-07-01T10:22:03", "anonymous", "", "Yes", "Football;Drama;", "2",
          "2025-06-12", "I like my foster carers",
        ],
        ["2", "2025-07-02T16:01:00", "2025-07-02T16:04:30", "anonymous", "", "Sometimes", "Youth club;", "4"],
        [
          "3", "2025-07-03T09:00:00", "2025-07-03T09:05:59", "anonymous", "", "No", "", "1", "2025-05-30",
          "I want to see my brother more.\nAnd my nan.",
        ],
      ])
  }

  @Test("reads shared strings, rich text runs without phonetic guides, and Excel's escapes")
  func readsSharedStrings() throws {
    let parts = WorkbookParts(
      sheet: WorkbookParts.sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"),
      sharedStrings: """
        <sst \(WorkbookParts.main) count="4" uniqueCount="4"><si><t>Name</t></si><si><t>Comment</t></si>\
        <si><r><rPr><b/></rPr><t>Sam </t></r><r><t xml:space="preserve">Ali </t></r>\
        <rPh sb="0" eb="1"><t>サム</t></rPh></si><si><t>Line one_x000D_
        Line two &amp; more</t></si></sst>
        """)
    var reader = try XLSXReader(data: try parts.zipped(), name: "form.xlsx")
    #expect(try allRows(&reader).map(\.fields) == [["Name", "Comment"], ["Sam Ali ", "Line one\r\nLine two & more"]])
    #expect(reader.diagnostics == [])
  }

  @Test("turns numbers with a date or time format into ISO 8601 text, in the 1900 and 1904 systems")
  func readsDates() throws {
    let styles = """
      <styleSheet \(WorkbookParts.main)><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>\
      <numFmt numFmtId="165" formatCode="&quot;Week &quot;0.0"/></numFmts>\
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
      <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="21"/>\
      <xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>
      """
    let row =
      "<row r=\"3\"><c r=\"A3\"><v>45839.5</v></c><c r=\"B3\" s=\"1\"><v>45839.5</v></c>"
      + "<c r=\"C3\" s=\"2\"><v>45839.43197916666</v></c><c r=\"D3\" s=\"3\"><v>0.75</v></c>"
      + "<c r=\"E3\" s=\"4\"><v>45839</v></c><c r=\"F3\" s=\"5\"><v>12</v></c><c r=\"G3\" s=\"1\"><v>60</v></c>"
      + "<c r=\"H3\" s=\"1\"><v>61</v></c></row>"
    var reader = try XLSXReader(
      data: try WorkbookParts(sheet: WorkbookParts.sheet(row), styles: styles).zipped(), name: "dates.xlsx")
    #expect(
      try allRows(&reader).map(\.fields) == [
        [
          "45839.5", "2025-07-01", "2025-07-01T10:22:03", "18:00:00", "2025-07-01", "12", "1900-02-28",
          "1900-03-01",
        ]
      ])
    var parts1904 = WorkbookParts(sheet: WorkbookParts.sheet(row), styles: styles)
    parts1904.workbookProperties = "<workbookPr date1904=\"1\"/>"
    var reader1904 = try XLSXReader(data: try parts1904.zipped(), name: "mac.xlsx")
    #expect(try allRows(&reader1904).first?.fields[1] == "2029-07-02")
  }

  @Test("puts cells at their columns, skips empty rows, and reads booleans, formulas, errors, inline strings")
  func readsCellKinds() throws {
    let rows =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ID</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Q4</t></is></c></row>"
      + "<row r=\"2\"><c r=\"A2\" s=\"0\"/><c r=\"B2\"/></row>"
      + "<row r=\"5\"><c r=\"B5\" t=\"b\"><v>1</v></c><c r=\"C5\" t=\"str\"><f>A1&amp;\"x\"</f><v>IDx</v></c>"
      + "<c r=\"D5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c t=\"b\"><v>0</v></c></row>"
      + "<row><c r=\"AA6\"><v>7</v></c></row>"
    var reader = try XLSXReader(data: try WorkbookParts(sheet: WorkbookParts.sheet(rows)).zipped(), name: "kinds.xlsx")
    let read = try allRows(&reader)
    #expect(read.map(\.line) == [1, 5, 6])
    #expect(read.first?.fields == ["ID", "", "", "Q4"])
    #expect(read.dropFirst().first?.fields == ["", "TRUE", "IDx", "#DIV/0!", "FALSE"])
    #expect(read.last?.fields.count == 27)
    #expect(read.last?.fields.last == "7")
    #expect(
      reader.diagnostics.map(\.description) == [
        "kinds.xlsx:5:4: warning: this cell holds the spreadsheet error #DIV/0!; correct its formula in Excel or"
          + " clear the cell"
      ])
  }

  @Test("reads the sheet it is asked for by name, and says which sheets there are when it is missing")
  func readsNamedSheet() throws {
    let data = try WorkbookParts(sheet: WorkbookParts.sheet("<row r=\"1\"><c><v>1</v></c></row>")).zipped()
    var reader = try XLSXReader(data: data, name: "form.xlsx", sheet: "Form1")
    #expect(try allRows(&reader).map(\.fields) == [["1"]])
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "form.xlsx", line: 1),
          "this workbook has no worksheet named \"Responses\"; its worksheets are \"Form1\""))
    ) {
      try XLSXReader(data: data, name: "form.xlsx", sheet: "Responses")
    }
  }
}
