import Foundation

/// The state behind an ``XLSXReader``: the sheet's bytes as they are unzipped, the parser, the rows it completed.
final class XLSXRowStream {
  private let package: XLSXPackage
  private let sheetPath: String
  private let assembler: SheetRowAssembler
  private let parser: XMLPushParser
  private let chunks: ZipEntryStream
  private var delivered = 0

  init(_ package: XLSXPackage, sheet: String?) throws(InputError) {
    let layout = try WorkbookLayout(package, sheetName: sheet)
    var sharedStrings: [String] = []
    if let path = layout.sharedStringsPath, package.contains(path) {
      guard package.declaredSize(of: path) <= UInt64(package.maxPartBytes) else { throw package.tooLarge(path) }
      sharedStrings = try SharedStrings.read(path, of: package, maxBytes: package.limits.maxSharedStringBytes)
    }
    var styles = CellStyles()
    if let path = layout.stylesPath, let data = try package.part(path) {
      styles = try CellStyles(data, fileName: package.name)
    }
    guard package.declaredSize(of: layout.sheetPath) <= UInt64(package.maxPartBytes) else {
      throw package.tooLarge(layout.sheetPath)
    }
    self.package = package
    sheetPath = layout.sheetPath
    assembler = SheetRowAssembler(
      fileName: package.name, partName: layout.sheetPath, sharedStrings: sharedStrings, styles: styles,
      uses1904: layout.usesDate1904)
    parser = XMLPushParser(handler: assembler.handler(), sink: assembler)
    chunks = ZipEntryStream(path: layout.sheetPath, limit: package.maxPartBytes, bytes: package.bytes)
  }

  deinit {
    chunks.cancel()
  }

  var diagnostics: [Diagnostic] { assembler.diagnostics }

  func next() throws(InputError) -> Row? {
    while true {
      if delivered < assembler.completed.count {
        delivered += 1
        return assembler.completed[delivered - 1]
      }
      assembler.completed.removeAll(keepingCapacity: true)
      delivered = 0
      if parser.isFinished { return nil }
      do {
        if let chunk = try chunks.next() {
          chunk.withUnsafeBytes { parser.parse($0) }
        } else {
          parser.finish()
        }
      } catch .tooLarge {
        throw package.tooLarge(sheetPath)
      } catch {
        throw package.damaged(sheetPath)
      }
      if parser.isFinished { chunks.cancel() }
    }
  }
}
