import CLibXML2

/// Builds rows from the SAX2 events of a worksheet part (`<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c>`).
///
/// Each cell lands at its column (from its `r` reference, else after the previous
/// cell), with "" in the columns skipped; empty cells at a row's end are dropped and
/// a row with no text at all is skipped. A row's line is its sheet row number.
final class SheetRowAssembler: XMLParseSink {
  /// Rows completed and not yet taken by the reader.
  var completed: [Row] = []

  private enum CellType {
    case number, sharedString, boolean, error, formulaString, inlineString, isoDate
  }

  private let sharedStrings: [String]
  private let styles: CellStyles
  private let uses1904: Bool
  private let partName: String
  /// The element and attribute names of a worksheet, interned in the parser's dictionary.
  private struct Names {
    var row, cell, value, inlineString, text, phonetic, reference, style, type: UnsafePointer<xmlChar>?
  }
  private var names = Names()

  private var rowNumber = 0
  private var cells: [String] = []
  private var column = 0
  private var cellType = CellType.number
  private var cellStyle = 0
  private var text = TextBuffer()
  private var isCollecting = false
  private var inInlineString = false
  private var inPhonetic = false

  init(fileName: String, partName: String, sharedStrings: [String], styles: CellStyles, uses1904: Bool) {
    self.partName = partName
    self.sharedStrings = sharedStrings
    self.styles = styles
    self.uses1904 = uses1904
    super.init(fileName: fileName)
  }

  deinit {
    text.deallocate()
  }

  override func parserDidStart(_ context: xmlParserCtxtPtr) {
    super.parserDidStart(context)
    let dictionary = context.pointee.dict
    names = Names(
      row: xmlDictLookup(dictionary, "row", -1), cell: xmlDictLookup(dictionary, "c", -1),
      value: xmlDictLookup(dictionary, "v", -1), inlineString: xmlDictLookup(dictionary, "is", -1),
      text: xmlDictLookup(dictionary, "t", -1), phonetic: xmlDictLookup(dictionary, "rPh", -1),
      reference: xmlDictLookup(dictionary, "r", -1), style: xmlDictLookup(dictionary, "s", -1),
      type: xmlDictLookup(dictionary, "t", -1))
  }

  /// A broken sheet is the workbook's fault, and its XML line means nothing to an officer.
  override func diagnostic(for report: LibXML2Report) -> Diagnostic {
    Diagnostic(
      report.isWarning ? .warning : .error, at: SourceLocation(file: fileName, line: max(rowNumber, 1)),
      "this workbook is damaged: its sheet \(partName) is not well-formed XML (\(report.message)); open it in Excel"
        + " and save it again")
  }

  // MARK: Events

  private func start(
    _ name: UnsafePointer<xmlChar>, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    if name == names.cell {
      startCell(count, attributes)
    } else if name == names.value {
      text.removeAll()
      isCollecting = true
    } else if name == names.text, inInlineString, !inPhonetic {
      isCollecting = true
    } else if name == names.inlineString {
      text.removeAll()
      inInlineString = true
    } else if name == names.phonetic {
      inPhonetic = true
    } else if name == names.row {
      startRow(count, attributes)
    }
  }

  private func end(_ name: UnsafePointer<xmlChar>) {
    if name == names.value || name == names.text {
      isCollecting = false
    } else if name == names.cell {
      endCell()
    } else if name == names.inlineString {
      inInlineString = false
    } else if name == names.phonetic {
      inPhonetic = false
    } else if name == names.row {
      endRow()
    }
  }

  private func startRow(_ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    let number = attribute(names.reference, count, attributes).flatMap { Int(String(decoding: $0, as: UTF8.self)) }
    rowNumber = number ?? rowNumber + 1
    cells.removeAll(keepingCapacity: true)
    column = 0
  }

  private func startCell(_ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    column = attribute(names.reference, count, attributes).flatMap(CellReference.column) ?? column + 1
    cellStyle = attribute(names.style, count, attributes).flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
    cellType = .number
    if let type = attribute(names.type, count, attributes) {
      switch String(decoding: type, as: UTF8.self) {
      case "s": cellType = .sharedString
      case "b": cellType = .boolean
      case "e": cellType = .error
      case "str": cellType = .formulaString
      case "inlineStr": cellType = .inlineString
      case "d": cellType = .isoDate
      default: cellType = .number
      }
    }
    text.removeAll()
    isCollecting = false
  }

  private func endCell() {
    let raw = String(decoding: text.bytes, as: UTF8.self)
    text.removeAll()
    let value = cellValue(raw)
    guard !value.isEmpty, column >= 1 else { return }
    if cells.count < column {
      cells += repeatElement("", count: column - cells.count)
    }
    cells[column - 1] = value
  }

  private func cellValue(_ raw: String) -> String {
    switch cellType {
    case .sharedString:
      guard let index = Int(raw), sharedStrings.indices.contains(index) else {
        warn(
          "this cell refers to shared text number \(raw), which the workbook does not have; the workbook is"
            + " damaged — open it in Excel and save it again")
        return ""
      }
      return sharedStrings[index]
    case .boolean:
      return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
    case .error:
      warn("this cell holds the spreadsheet error \(raw); correct its formula in Excel or clear the cell")
      return raw
    case .inlineString:
      return SharedStrings.unescaped(raw)
    case .formulaString, .isoDate:
      return raw
    case .number:
      guard let parts = styles.dateParts(ofStyle: cellStyle), let serial = Double(raw),
        let date = ExcelDate.text(serial: serial, uses1904: uses1904, showing: parts)
      else { return raw }
      return date
    }
  }

  private func endRow() {
    while cells.last == "" { cells.removeLast() }
    if !cells.isEmpty { completed.append(Row(line: rowNumber, fields: cells)) }
    cells.removeAll(keepingCapacity: true)
  }

  private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
    if isCollecting { text.append(bytes, count: count) }
  }

  private func warn(_ message: String) {
    diagnostics.append(.warning(at: SourceLocation(file: fileName, line: rowNumber, column: column), message))
  }

  private func attribute(
    _ wanted: UnsafePointer<xmlChar>?, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> UnsafeBufferPointer<UInt8>? {
    guard let attributes, let wanted else { return nil }
    for index in 0..<count {
      let attribute = attributes + index * 5
      guard attribute[0] == wanted, let start = attribute[3], let end = attribute[4] else { continue }
      return UnsafeBufferPointer(start: start, count: end - start)
    }
    return nil
  }

  /// The SAX2 handler that sends a worksheet's events to an assembler.
  func handler() -> xmlSAXHandler {
    var handler = Self.safeHandler()
    handler.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let userData, let localName else { return }
      assembler(userData).start(localName, Int(attributeCount), attributes)
    }
    handler.endElementNs = { userData, localName, _, _ in
      guard let userData, let localName else { return }
      assembler(userData).end(localName)
    }
    let characters: charactersSAXFunc = { userData, bytes, count in
      guard let userData, let bytes else { return }
      assembler(userData).characters(bytes, Int(count))
    }
    handler.characters = characters
    handler.ignorableWhitespace = characters
    return handler
  }
}

private func assembler(_ userData: UnsafeMutableRawPointer) -> SheetRowAssembler {
  Unmanaged<SheetRowAssembler>.fromOpaque(userData).takeUnretainedValue()
}
