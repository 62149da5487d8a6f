import Foundation
import Testing
import ZIPFoundation

@testable import SurveyFormats

@Suite struct ZipBytesTests {
  @Test("finds each entry's bytes where Python's zipfile does (header offset + 30 + name + extra)")
  func dataOffsetsMatchZipfile() throws {
    let archive = try ZipBytes.file(xlsxFixture("msforms-export.xlsx")).archive()
    let offsets = archive.map { ($0.path, ZipBytes.dataOffset(of: $0)) }
    let expected: [(String, UInt64?)] = [
      ("docProps/app.xml", 46), ("docProps/core.xml", 242), ("xl/theme/theme1.xml", 525),
      ("xl/worksheets/sheet1.xml", 2131), ("xl/styles.xml", 2932), ("_rels/.rels", 3631),
      ("xl/workbook.xml", 3868), ("xl/_rels/workbook.xml.rels", 4228), ("[Content_Types].xml", 4450),
    ]
    #expect(offsets.map(\.0) == expected.map(\.0))
    #expect(offsets.map(\.1) == expected.map(\.1))
  }

  @Test("inflates every entry, from a file and from memory, to its size and checksum", arguments: [true, false])
  func inflatesEveryEntry(fromFile: Bool) throws {
    let path = try xlsxFixture("msforms-export.xlsx")
    let bytes = fromFile ? ZipBytes.file(path) : .memory(try Data(contentsOf: URL(fileURLWithPath: path)))
    for entry in try bytes.archive() {
      var inflated = Data()
      try bytes.inflate(entry) { inflated.append($0) }
      #expect(UInt64(inflated.count) == entry.uncompressedSize, "\(entry.path)")
    }
  }

  @Test("a deflate stream that runs on past its entry is a damaged part, not a hang", arguments: [true, false])
  func cutShortStreamIsDamaged(fromFile: Bool) throws {
    let path = try badFixture("xlsx-deflate-cut-short-styles.xlsx")
    let bytes = fromFile ? ZipBytes.file(path) : .memory(try Data(contentsOf: URL(fileURLWithPath: path)))
    let styles = try #require(try bytes.archive()["xl/styles.xml"])
    #expect(throws: ZipEntryStream.Failure.damaged) { try bytes.inflate(styles) { _ in } }
  }

  @Test("the reader refuses such a workbook, naming the part")
  func readerRefusesCutShortStyles() throws {
    let path = try badFixture("xlsx-deflate-cut-short-styles.xlsx")
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: path, line: 1),
          "this workbook is damaged: its part xl/styles.xml cannot be unpacked; open it in Excel and save it again"))
    ) { try XLSXReader(path: path) }
  }
}

/// The path of a file of the bad-input corpus, under Fixtures/bad.
private func badFixture(_ name: String) throws -> String {
  let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/bad")
  guard let url else { throw FixtureMissing(name: name) }
  return url.path
}
