import Foundation
import SurveyFormats
import ZIPFoundation

/// The path of a fixture under Fixtures/xlsx.
func xlsxFixture(_ name: String) throws -> String {
  let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/xlsx")
  guard let url else { throw FixtureMissing(name: name) }
  return url.path
}

/// A workbook assembled from literal parts, shaped as Excel writes them, for cases a fixture file cannot show.
struct WorkbookParts {
  var sheet: String
  var sharedStrings: String?
  var styles: String?
  var workbookProperties = "<workbookPr/>"
  /// Parts added as they are, by path.
  var extraParts: [String: Data] = [:]

  static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
  static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// The rows as worksheet XML: `<worksheet><sheetData>ROWS</sheetData></worksheet>`.
  static func sheet(_ rows: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \(main)><sheetData>\(rows)</sheetData></worksheet>"
  }

  /// The zipped workbook.
  func zipped() throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    var workbookRelationships = [
      "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    ]
    if sharedStrings != nil {
      workbookRelationships.append(
        "<Relationship Id=\"rId2\" Type=\"\(Self.relationshipsNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
      )
    }
    if styles != nil {
      workbookRelationships.append(
        "<Relationship Id=\"rId3\" Type=\"\(Self.relationshipsNamespace)/styles\" Target=\"styles.xml\"/>")
    }
    var parts: [(String, Data)] = [
      (
        "_rels/.rels",
        Data(
          ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipsNamespace)/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>").utf8)
      ),
      (
        "xl/workbook.xml",
        Data(
          ("<workbook \(Self.main) xmlns:r=\"\(Self.relationshipsNamespace)\">\(workbookProperties)"
            + "<sheets><sheet name=\"Form1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8)
      ),
      (
        "xl/_rels/workbook.xml.rels",
        Data(
          ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + workbookRelationships.joined() + "</Relationships>").utf8)
      ),
      ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
    ]
    if let sharedStrings { parts.append(("xl/sharedStrings.xml", Data(sharedStrings.utf8))) }
    if let styles { parts.append(("xl/styles.xml", Data(styles.utf8))) }
    parts += extraParts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    for (path, data) in parts {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    guard let data = archive.data else { throw FixtureMissing(name: "in-memory workbook") }
    return data
  }
}

/// Every row a reader gives, read to the end.
func allRows(_ reader: inout XLSXReader) throws -> [Row] {
  var rows: [Row] = []
  while let row = try reader.next() { rows.append(row) }
  return rows
}
