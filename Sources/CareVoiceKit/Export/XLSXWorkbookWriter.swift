import CXLSXWriter
import Foundation

/// Writes sheets of typed cells to an `.xlsx` workbook with libxlsxwriter, readable by its owner only.
///
/// The workbook is built in a private temporary folder (mode 0700) beside the
/// destination, set to mode 0600, then renamed over the destination: no other user
/// can read it at any moment, and a failed write leaves neither a half-written file
/// nor a changed old one.
public struct XLSXWorkbookWriter: Sendable {
  /// What a suppressed cell shows, such as "fewer than 6".
  public var suppressedText: String

  public init(suppressedText: String) {
    self.suppressedText = suppressedText
  }

  /// Excel's limits: rows including the header, and columns.
  static let maximumRows = 1_048_576
  static let maximumColumns = 16_384
  static let maximumTextLength = 32_767

  /// Writes `sheets`, in order, to a new workbook at `path`, replacing any file there.
  ///
  /// Throws ``XLSXWriteError``.
  public func write(_ sheets: [XLSXSheet], to path: String) throws {
    let folder =
      (path as NSString).deletingLastPathComponent.isEmpty
      ? "." : (path as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw XLSXWriteError(path: path, problem: .folderMissing(folder))
    }
    let names = XLSXSheetName.unique(sheets.map(\.name))
    for (sheet, name) in zip(sheets, names) {
      if sheet.rows.count + 1 > Self.maximumRows {
        throw XLSXWriteError(path: path, problem: .tooManyRows(sheet: name, rows: sheet.rows.count + 1))
      }
      if sheet.columnCount > Self.maximumColumns {
        throw XLSXWriteError(path: path, problem: .tooManyColumns(sheet: name, columns: sheet.columnCount))
      }
    }

    var template = Array((folder + "/.carevoice-xlsx-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw XLSXWriteError(path: path, problem: .cannotCreate(Self.systemMessage()))
    }
    let workFolder = String(cString: made)
    let workFile = workFolder + "/workbook.xlsx"
    defer {
      unlink(workFile)
      rmdir(workFolder)
    }

    try build(sheets, names: names, at: workFile, scratch: workFolder, reportedAs: path)
    guard chmod(workFile, 0o600) == 0, rename(workFile, path) == 0 else {
      throw XLSXWriteError(path: path, problem: .cannotCreate(Self.systemMessage()))
    }
  }

  /// Makes the workbook at `file`, with libxlsxwriter's scratch files in `scratch`.
  private func build(_ sheets: [XLSXSheet], names: [String], at file: String, scratch: String, reportedAs path: String)
    throws
  {
    let scratchCopy = strdup(scratch)
    defer { free(scratchCopy) }
    var options = lxw_workbook_options(constant_memory: 0, tmpdir: scratchCopy, use_zip64: 0)
    guard let workbook = workbook_new_opt(file, &options) else {
      throw XLSXWriteError(path: path, problem: .cannotCreate(Self.systemMessage()))
    }
    let formats = XLSXCellFormats(workbook: workbook)
    var failure: XLSXWriteError?
    for (sheet, name) in zip(sheets, names) {
      do {
        try XLSXSheetWriting(
          sheet: sheet, name: name, formats: formats, suppressedText: suppressedText, path: path
        ).write(into: workbook)
      } catch let error as XLSXWriteError {
        failure = error
        break
      }
    }
    let closed = workbook_close(workbook)
    if let failure { throw failure }
    guard closed == LXW_NO_ERROR else {
      if closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE {
        throw XLSXWriteError(path: path, problem: .cannotCreate(Self.systemMessage()))
      }
      throw XLSXWriteError(path: path, problem: .library(String(cString: lxw_strerror(closed))))
    }
  }

  /// The operating system's message for the last failure, such as "Permission denied".
  static func systemMessage() -> String {
    String(cString: strerror(errno))
  }
}
