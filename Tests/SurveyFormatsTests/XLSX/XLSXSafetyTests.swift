import Foundation
import SurveyFormats
import Testing

@Suite struct XLSXSafetyTests {
  @Test("refuses a file that is not a zip package, saying how to fix it")
  func refusesNonZip() {
    let csv = Data("ID,Start time\n1,2025-07-01\n".utf8)
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "export.xlsx", line: 1),
          "this is not an XLSX workbook: it is not a zip package, as .xlsx files are; open it in Excel and save it"
            + " again as .xlsx (Excel Workbook)"))
    ) { try XLSXReader(data: csv, name: "export.xlsx") }
  }

  @Test("refuses an old .xls file by its signature")
  func refusesOldExcelFile() {
    let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
    #expect(throws: InputError.self) { try XLSXReader(data: xls, name: "export.xls") }
    do {
      _ = try XLSXReader(data: xls, name: "export.xls")
    } catch {
      #expect(error.description.contains("old Excel 97-2003 (.xls) file"))
    }
  }

  @Test("reports a missing workbook file as one that cannot be opened")
  func missingFileCannotBeOpened() {
    #expect(throws: InputError.cannotOpen(path: "/nonexistent/form.xlsx", reason: "no such file")) {
      try XLSXReader(path: "/nonexistent/form.xlsx")
    }
  }

  @Test("refuses a zip with no workbook in it")
  func refusesZipWithoutWorkbook() throws {
    var parts = WorkbookParts(sheet: "")
    parts.extraParts["word/document.xml"] = Data("<document/>".utf8)
    var data = try parts.zipped()
    data = try stripWorkbook(data)
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "letter.docx", line: 1),
          "this is not an XLSX workbook: the zip package holds no workbook part (xl/workbook.xml); open it in Excel"
            + " and save it again as .xlsx"))
    ) { try XLSXReader(data: data, name: "letter.docx") }
  }

  @Test("refuses a sheet whose header admits it unpacks past the limit")
  func refusesDeclaredZipBomb() throws {
    let rows = String(repeating: "<row><c><v>1</v></c></row>", count: 100_000)
    let data = try WorkbookParts(sheet: WorkbookParts.sheet(rows)).zipped()
    let limits = XLSXReader.Limits(maxPartBytes: 1 << 20)
    #expect(data.count < 100_000)
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "bomb.xlsx", line: 1),
          "this workbook's part xl/worksheets/sheet1.xml unpacks to more than 1 MB; no survey export is that big,"
            + " and files built to exhaust memory look like this, so carevoice does not read it — export the"
            + " responses again"))
    ) { try XLSXReader(data: data, name: "bomb.xlsx", limits: limits) }
  }

  @Test("counts the bytes it unpacks, refusing a sheet whose header lies about its size")
  func refusesLyingZipBomb() throws {
    let rows = String(repeating: "<row><c><v>1</v></c></row>", count: 100_000)
    let honest = try WorkbookParts(sheet: WorkbookParts.sheet(rows)).zipped()
    let lying = try claimingSize(100, for: "xl/worksheets/sheet1.xml", in: honest)
    var reader = try XLSXReader(data: lying, name: "bomb.xlsx", limits: XLSXReader.Limits(maxPartBytes: 1 << 20))
    var rowsRead = 0
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "bomb.xlsx", line: 1),
          "this workbook's part xl/worksheets/sheet1.xml unpacks to more than 1 MB; no survey export is that big,"
            + " and files built to exhaust memory look like this, so carevoice does not read it — export the"
            + " responses again"))
    ) {
      while try reader.next() != nil { rowsRead += 1 }
    }
    #expect(rowsRead > 0 && rowsRead < 100_000)
  }

  @Test("refuses entity declarations in a sheet as in any XML")
  func refusesEntitiesInSheet() throws {
    let sheet =
      "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      + "<worksheet \(WorkbookParts.main)><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
      + "</sheetData></worksheet>"
    var reader = try XLSXReader(data: try WorkbookParts(sheet: sheet).zipped(), name: "xxe.xlsx")
    #expect(try allRows(&reader) == [])
    #expect(reader.diagnostics.count == 1)
    #expect(reader.diagnostics.first?.message.hasPrefix("this file declares an external entity \"x\"") == true)
  }

  @Test("says a damaged sheet is damaged, at the row it reached")
  func reportsDamagedSheet() throws {
    let sheet = WorkbookParts.sheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</c></row>")
    var reader = try XLSXReader(data: try WorkbookParts(sheet: sheet).zipped(), name: "broken.xlsx")
    #expect(try allRows(&reader).map(\.fields) == [["1"]])
    #expect(
      reader.diagnostics.map(\.description) == [
        "broken.xlsx:2: error: this workbook is damaged: its sheet xl/worksheets/sheet1.xml is not well-formed XML"
          + " (Opening and ending tag mismatch: v line 2 and c); open it in Excel and save it again"
      ])
  }
}

/// The zip `data` with every size field of the entry at `path` rewritten to `size`, as a zip bomb would.
func claimingSize(_ size: UInt32, for path: String, in data: Data) throws -> Data {
  var bytes = [UInt8](data)
  let name = Array(path.utf8)
  let signatures: [(signature: [UInt8], nameLengthOffset: Int, nameOffset: Int, sizeOffset: Int)] = [
    ([0x50, 0x4B, 0x03, 0x04], 26, 30, 22),
    ([0x50, 0x4B, 0x01, 0x02], 28, 46, 24),
  ]
  var patched = 0
  for index in 0..<bytes.count - 46 {
    for header in signatures where bytes[index..<index + 4].elementsEqual(header.signature) {
      let nameLength =
        Int(bytes[index + header.nameLengthOffset]) | Int(bytes[index + header.nameLengthOffset + 1]) << 8
      let start = index + header.nameOffset
      guard nameLength == name.count, start + nameLength <= bytes.count,
        bytes[start..<start + nameLength].elementsEqual(name)
      else { continue }
      withUnsafeBytes(of: size.littleEndian) {
        bytes.replaceSubrange(index + header.sizeOffset..<index + header.sizeOffset + 4, with: $0)
      }
      patched += 1
    }
  }
  guard patched == 2 else { throw FixtureMissing(name: "headers of \(path)") }
  return Data(bytes)
}

/// The zip `data` without its workbook part: renames xl/workbook.xml's entries to xl/workbook.xmk.
func stripWorkbook(_ data: Data) throws -> Data {
  var bytes = [UInt8](data)
  let name = Array("xl/workbook.xml".utf8)
  var renamed = 0
  var index = 0
  while index + name.count <= bytes.count {
    if bytes[index..<index + name.count].elementsEqual(name) {
      bytes[index + name.count - 1] = UInt8(ascii: "k")
      renamed += 1
    }
    index += 1
  }
  guard renamed > 0 else { throw FixtureMissing(name: "xl/workbook.xml") }
  return Data(bytes)
}
