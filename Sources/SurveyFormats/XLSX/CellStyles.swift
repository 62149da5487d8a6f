import Foundation

/// Which cell styles of a workbook format numbers as dates or times, read from its styles part.
struct CellStyles {
  /// For each cell style (`s="N"` on a cell), what its number format shows of a date, or nil.
  private var dateParts: [DateParts?] = []

  /// No styles: every number stays a number.
  init() {}

  /// The styles in a workbook's styles part.
  init(_ data: Data, fileName: String) throws(InputError) {
    var customFormats: [Int: String] = [:]
    var formatIDs: [Int] = []
    var inCellFormats = false
    let diagnostics = XMLElementScanner.scan(
      data, fileName: fileName,
      onStart: { name, attributes in
        switch name {
        case "numFmt":
          if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
            customFormats[id] = code
          }
        case "cellXfs":
          inCellFormats = true
        case "xf" where inCellFormats:
          formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
          break
        }
      },
      onEnd: { name, _ in
        if name == "cellXfs" { inCellFormats = false }
      })
    if let error = diagnostics.first(where: \.isError) { throw .unreadable(error) }
    dateParts = formatIDs.map { id in
      if let code = customFormats[id] { return DateParts(formatCode: code) }
      return DateParts(builtInFormat: id)
    }
  }

  /// What cell style `index` shows of a date, or nil when it shows a plain number.
  func dateParts(ofStyle index: Int) -> DateParts? {
    index >= 0 && index < dateParts.count ? dateParts[index] : nil
  }
}
