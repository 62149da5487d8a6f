import CareVoiceKit
import Foundation
import Testing

/// Writing report files: the layout, owner-only permissions, whole files, and a clear error.
@Suite struct ReportFilesTests {
  private func scratch() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
  }

  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test("writes DIR/<audience>/<name>.<format>, files 0600 and folders 0700, and the action plan CSV")
  func layoutAndPermissions() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let out = folder + "/reports"
    let report = Report.fosterCarers(try ReportFixture.load().carers)
    let written = try ReportFiles.write(report, formats: ReportFormat.allCases, into: out)
    #expect(
      written
        == [
          "html", "md", "csv", "action-plan.csv", "json", "xlsx",
        ].map { out + "/foster-carers/carer-survey" + ($0.hasPrefix("action") ? "-" : ".") + $0 })
    for path in written { #expect(try mode(path) == 0o600, "\(path)") }
    #expect(try mode(out) == 0o700)
    #expect(try mode(out + "/foster-carers") == 0o700)
    let plan = try Data(contentsOf: URL(fileURLWithPath: out + "/foster-carers/carer-survey-action-plan.csv"))
    #expect(Array(plan.prefix(3)) == [0xEF, 0xBB, 0xBF], "a UTF-8 byte order mark, so Excel reads it right")
    #expect(
      String(decoding: plan.dropFirst(3), as: UTF8.self)
        .hasPrefix("Area,Why it is here,Result,Target,What carers told us,Suggested owner,Action"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out + "/foster-carers").filter {
      $0.hasPrefix(".")
    }
    #expect(leftovers.isEmpty, "no temporary file is left behind")
  }

  @Test("replaces an earlier report, keeping it owner-only")
  func replaces() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let report = Report.board(try ReportFixture.load().pledge)
    let path = ReportFiles.path(of: report, format: .md, in: folder)
    try FileManager.default.createDirectory(atPath: folder + "/board", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
    _ = try ReportFiles.write(report, formats: [.md], into: folder)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == report.markdown())
    #expect(try mode(path) == 0o600)
  }

  @Test("says which path cannot be written, and what to do")
  func cannotWrite() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = FileManager.default.createFile(atPath: folder + "/board", contents: Data())
    let report = Report.board(try ReportFixture.load().pledge)
    let error = try #require(throws: ReportWriteError.self) {
      _ = try ReportFiles.write(report, formats: [.html], into: folder)
    }
    #expect(
      error.description
        == "\(folder)/board: error: cannot write the report: it is a file, not a folder; choose a folder you can write "
        + "to with --out")
  }
}
