import Foundation

/// Where a workbook keeps the parts carevoice reads, found through the package's relationships.
struct WorkbookLayout {
  /// The worksheet to read.
  var sheetPath: String
  var sharedStringsPath: String?
  var stylesPath: String?
  /// Whether dates count from 1904 (old Mac workbooks) rather than 1900.
  var usesDate1904: Bool

  private static let officeDocument = "/officeDocument"

  /// Finds the parts of the first worksheet of the package, or of the sheet named `sheetName`.
  init(_ package: XLSXPackage, sheetName: String?) throws(InputError) {
    let rootRelationships = try Self.relationships(in: package, of: "")
    let workbookPath =
      rootRelationships.first { $0.type.hasSuffix(Self.officeDocument) }?.target ?? "xl/workbook.xml"
    guard let workbook = try package.part(workbookPath) else {
      throw .unreadable(
        .error(
          at: SourceLocation(file: package.name, line: 1),
          "this is not an XLSX workbook: the zip package holds no workbook part (\(workbookPath)); open it in Excel"
            + " and save it again as .xlsx"))
    }
    let relationships = try Self.relationships(in: package, of: workbookPath)
    var sheets: [(name: String, relationship: String)] = []
    var usesDate1904 = false
    let diagnostics = XMLElementScanner.scan(
      workbook, fileName: package.name,
      onStart: { name, attributes in
        if name == "sheet", let sheet = attributes["name"], let relationship = attributes["id"] {
          sheets.append((sheet, relationship))
        } else if name == "workbookPr", let flag = attributes["date1904"] {
          usesDate1904 = flag == "1" || flag.lowercased() == "true"
        }
      }, onEnd: { _, _ in })
    if diagnostics.contains(where: \.isError) { throw package.damaged(workbookPath) }
    let worksheets = sheets.compactMap { sheet -> (name: String, path: String)? in
      guard let relationship = relationships.first(where: { $0.id == sheet.relationship }),
        relationship.type.hasSuffix("/worksheet")
      else { return nil }
      return (sheet.name, relationship.target)
    }
    let chosen = if let sheetName { worksheets.first { $0.name == sheetName } } else { worksheets.first }
    guard let chosen, package.contains(chosen.path) else {
      let names = worksheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
      let message =
        sheetName.map { "this workbook has no worksheet named \"\($0)\"; its worksheets are \(names)" }
        ?? "this workbook has no worksheet to read; open it in Excel and check that the responses are on a sheet"
      throw .unreadable(.error(at: SourceLocation(file: package.name, line: 1), message))
    }
    sheetPath = chosen.path
    sharedStringsPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
    stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target
    self.usesDate1904 = usesDate1904
  }

  private struct Relationship {
    var id: String
    var type: String
    /// The target's path within the package.
    var target: String
  }

  /// The relationships of the part at `source` ("" for the package itself), read from its `_rels` part.
  private static func relationships(in package: XLSXPackage, of source: String) throws(InputError) -> [Relationship] {
    let folder = source.split(separator: "/").dropLast().joined(separator: "/")
    let file = source.split(separator: "/").last.map(String.init) ?? ""
    let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard let data = try package.part(relationshipsPath) else { return [] }
    var relationships: [Relationship] = []
    let diagnostics = XMLElementScanner.scan(
      data, fileName: package.name,
      onStart: { name, attributes in
        guard name == "Relationship", attributes["TargetMode"] != "External", let id = attributes["Id"],
          let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        relationships.append(Relationship(id: id, type: type, target: resolved(target, from: folder)))
      }, onEnd: { _, _ in })
    if diagnostics.contains(where: \.isError) { throw package.damaged(relationshipsPath) }
    return relationships
  }

  /// A relationship's target as a path within the package: relative to `folder` unless it starts with `/`.
  private static func resolved(_ target: String, from folder: String) -> String {
    var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for part in target.split(separator: "/") {
      if part == ".." {
        _ = parts.popLast()
      } else if part != "." {
        parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
