import Foundation

/// Writing a report's files: `DIR/<audience>/<name>.<format>`, each readable by its owner only.
///
/// Reports hold council data about children, so every file is created with mode 0600
/// (folders 0700) and appears whole: it is written under a temporary name in the same
/// folder and renamed into place, so a reader never sees half a report and a failed
/// write leaves the old file as it was.
public enum ReportFiles {
  /// The path of one format of a report: `reports/board/our-pledge.html`.
  public static func path(of report: Report, format: ReportFormat, in folder: String) -> String {
    (folder as NSString).appendingPathComponent("\(report.audience.folder)/\(report.name).\(format.fileExtension)")
  }

  /// The path of the editable action plan CSV of a foster carers' report.
  public static func actionPlanPath(of report: Report, in folder: String) -> String {
    (folder as NSString).appendingPathComponent("\(report.audience.folder)/\(report.name)-action-plan.csv")
  }

  /// Writes `report` in each format into `folder`, creating the folders it needs; returns the paths written, in order.
  ///
  /// With CSV, a report holding an action plan also gets the plan alone as a wide CSV
  /// (``actionPlanPath(of:in:)``) that the team can edit. Throws ``ReportWriteError``, or
  /// ``XLSXWriteError`` for the workbook.
  public static func write(_ report: Report, formats: [ReportFormat], into folder: String) throws -> [String] {
    let audienceFolder = (folder as NSString).appendingPathComponent(report.audience.folder)
    try makeFolder(folder)
    try makeFolder(audienceFolder)
    var written: [String] = []
    for format in formats {
      let path = self.path(of: report, format: format, in: folder)
      switch format {
      case .html:
        let html: String
        do {
          html = try report.html()
        } catch {
          throw ReportWriteError(path: path, reason: "the page could not be rendered (\(error))")
        }
        try writeText(html, to: path)
      case .md: try writeText(report.markdown(), to: path)
      case .csv:
        try writeText(report.csv(), to: path)
        if let plan = report.tables.first(where: { $0.table.id == "action_plan" })?.table {
          written.append(path)
          let planPath = actionPlanPath(of: report, in: folder)
          try writeText(plan.wideCSV(words: report.words), to: planPath)
          written.append(planPath)
          continue
        }
      case .json: try writeText(report.jsonText, to: path)
      case .xlsx: try report.writeWorkbook(to: path)
      }
      written.append(path)
    }
    return written
  }

  /// Creates a folder readable by its owner only, or accepts one that is there.
  static func makeFolder(_ path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw ReportWriteError(path: path, reason: "it is a file, not a folder") }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw ReportWriteError(path: path, reason: "the folder cannot be created (\(systemReason(error)))")
    }
  }

  /// Writes text to `path` with mode 0600, under a temporary name first, then renamed over `path`.
  static func writeText(_ text: String, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    var template = Array(((folder.isEmpty ? "." : folder) + "/.carevoice-report-XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw ReportWriteError(path: path, reason: String(cString: strerror(errno))) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var failure: String?
    if fchmod(descriptor, 0o600) != 0 { failure = String(cString: strerror(errno)) }
    if failure == nil {
      do {
        try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: Data(text.utf8))
      } catch {
        failure = systemReason(error)
      }
    }
    if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw ReportWriteError(path: path, reason: failure)
    }
  }

  private static func systemReason(_ error: any Error) -> String {
    (error as NSError).localizedDescription
  }
}
