import Foundation

/// A written workbook read back for tests: parts unzipped with `/usr/bin/unzip -p`, cells found with patterns.
///
/// Enough of SpreadsheetML to check what the writer wrote; not a reader for real use.
struct XLSXPackage {
  struct Cell: Equatable {
    var style: Int?
    var type: String?
    var value: String?
    var formula: String?
    /// The text of a shared-string cell.
    var text: String?

    var isFormula: Bool { formula != nil }
  }

  let path: String

  init(path: String) throws {
    self.path = path
  }

  /// One part of the package, such as `xl/workbook.xml`.
  func part(_ name: String) throws -> String {
    let unzip = Process()
    unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    unzip.arguments = ["-p", path, name]
    let output = Pipe()
    unzip.standardOutput = output
    try unzip.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    unzip.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  func sharedStrings() throws -> [String] {
    let xml = try part("xl/sharedStrings.xml")
    return Self.matches(#"<si>(.*?)</si>"#, in: xml).map { item in
      Self.unescaped(Self.matches(#"<t[^>]*>(.*?)</t>"#, in: item[1]).map { $0[1] }.joined())
    }
  }

  /// Every cell of sheet `number` (from 1), by reference.
  func cells(sheet number: Int) throws -> [String: Cell] {
    let xml = try part("xl/worksheets/sheet\(number).xml")
    let strings = try sharedStrings()
    var cells: [String: Cell] = [:]
    for match in Self.matches(#"<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)"#, in: xml) {
      let attributes = match[2]
      var cell = Cell()
      cell.style = Self.matches(#"s="([0-9]+)""#, in: attributes).first.flatMap { Int($0[1]) }
      cell.type = Self.matches(#"t="([a-z]+)""#, in: attributes).first?[1]
      cell.value = Self.matches(#"<v>(.*?)</v>"#, in: match[3]).first?[1]
      cell.formula = Self.matches(#"<f>(.*?)</f>"#, in: match[3]).first?[1]
      if cell.type == "s", let index = cell.value.flatMap(Int.init), index < strings.count {
        cell.text = strings[index]
      }
      cells[match[1]] = cell
    }
    return cells
  }

  /// The number format code of cell style `style` (an index into `cellXfs`).
  func numberFormat(ofStyle style: Int) throws -> String? {
    let styles = try part("xl/styles.xml")
    let xfs = Self.matches(#"<cellXfs[^>]*>(.*?)</cellXfs>"#, in: styles).first?[1] ?? ""
    let entries = Self.matches(#"<xf ([^>]*?)/?>"#, in: xfs)
    guard style < entries.count, let id = Self.matches(#"numFmtId="([0-9]+)""#, in: entries[style][1]).first?[1]
    else { return nil }
    if id == "9" { return "0%" }
    let custom = Self.matches(#"<numFmt numFmtId="\#(id)" formatCode="([^"]*)"/>"#, in: styles)
    return custom.first.map { Self.unescaped($0[1]) }
  }

  /// Whether cell style `style` uses a bold font.
  func isBold(style: Int) throws -> Bool {
    let styles = try part("xl/styles.xml")
    let xfs = Self.matches(#"<cellXfs[^>]*>(.*?)</cellXfs>"#, in: styles).first?[1] ?? ""
    let entries = Self.matches(#"<xf ([^>]*?)/?>"#, in: xfs)
    guard style < entries.count,
      let id = Self.matches(#"fontId="([0-9]+)""#, in: entries[style][1]).first.flatMap({ Int($0[1]) })
    else { return false }
    let fonts = Self.matches(
      #"<font>(.*?)</font>"#, in: Self.matches(#"<fonts[^>]*>(.*?)</fonts>"#, in: styles).first?[1] ?? "")
    return id < fonts.count && fonts[id][1].contains("<b/>")
  }

  /// The widths of the `<col>` elements of a sheet, in order.
  func columnWidths(_ sheetXML: String) -> [Double] {
    Self.matches(#"<col [^>]*width="([0-9.]+)""#, in: sheetXML).compactMap { Double($0[1]) }
  }

  static func matches(_ pattern: String, in text: String) -> [[String]] {
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
      return []
    }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
      (0..<match.numberOfRanges).map { index in
        Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }

  static func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&#9;", with: "\t").replacingOccurrences(of: "&#13;", with: "\r")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
