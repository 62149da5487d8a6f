import Foundation
import Testing

/// `demo` and `report` on a workspace whose comments carry names, phone numbers, emails, postcodes and dates of
/// birth, and whose groups are small: no output file of any format shows one of them, nor any count of people
/// from 1 to 5, and the database and every report file and folder are the owner's alone.
@Suite struct PrivacyScanTests {
  static let reportFixture = Repository.root.appendingPathComponent("Tests/CareVoiceKitTests/Fixtures/reports")
  static let seeded = Repository.root.appendingPathComponent("Tests/carevoiceTests/Fixtures/privacy")

  /// Everything seeded into Fixtures/privacy and the report fixture that must never reach a report.
  static let identifiers = [
    "Priya", "Raman", "07700 900456", "tasha.kowalski@example.org", "Desmond", "14 Larch Close", "M14 5RT",
    "Okonkwo", "14/03/2011", "+44 161 496 0321", "07700 900789", "Jaydon", "Adeyemi", "LS6 2QT", "0113 496 0555",
    "h.blackwood@example.net", "Harriet", "2 May 2014", "Gavin", "07700 900123", "PRIV-", "PC-Q4-", "FC-26-",
  ]

  /// The report fixture workspace with the seeded exports added to its batches, in a new folder.
  static func workspace(in folder: URL) throws -> URL {
    let workspace = folder.appendingPathComponent("workspace")
    try FileManager.default.copyItem(at: reportFixture, to: workspace)
    try FileManager.default.removeItem(at: workspace.appendingPathComponent("snapshots"))
    for (file, batch) in [
      ("pledge-check-seeded.csv", "pledge-check/2025-26-Q4"), ("carer-survey-seeded.csv", "carer-survey/2025-26"),
    ] {
      try FileManager.default.copyItem(
        at: seeded.appendingPathComponent(file),
        to: workspace.appendingPathComponent("batches/\(batch)/\(file)"))
    }
    return workspace
  }

  private static func mode(_ path: String) throws -> Int {
    ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  /// A scanner that knows the count columns of every JSON report under `folder`.
  static func scanner(for folder: URL) throws -> PrivacyScanner {
    let reports = try PrivacyScanner.files(in: folder).filter { $0.pathExtension == "json" }
    let headings = try PrivacyScanner.countHeadings(inJSON: reports.map { try Data(contentsOf: $0) })
    return PrivacyScanner(identifiers: identifiers, countHeadings: headings)
  }

  @Test("demo writes no seeded identifier and no count from 1 to 5 in any file of any format, all owner-only")
  func demoLeaksNothing() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = try Self.workspace(in: folder)
    let out = folder.appendingPathComponent("reports")
    let outcome = try CareVoiceProcess.run([
      "demo", "--workspace", workspace.path, "--out", out.path, "--as-of", "2026-04-01",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardError.contains("Loaded 6 exports (90 responses)"), "\(outcome.standardError)")
    let files = try PrivacyScanner.files(in: out)
    #expect(Set(files.map(\.pathExtension)) == ["html", "md", "csv", "json", "xlsx"])
    let scanner = try Self.scanner(for: out)
    #expect(scanner.countHeadings.isSuperset(of: ["Answered", "Mentioned by"]), "\(scanner.countHeadings)")
    let findings = try scanner.findings(inFolder: out)
    #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    // The scan is not vacuous: the small groups are there, hidden.
    let json = try files.filter { $0.pathExtension == "json" }.map { try String(contentsOf: $0, encoding: .utf8) }
    #expect(json.contains { $0.contains("fewer than 6") })
    for file in files { #expect(try Self.mode(file.path) == 0o600, "\(file.path)") }
    for sub in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
      let path = out.appendingPathComponent(sub).path
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        #expect(try Self.mode(path) == 0o700, "\(path)")
      }
    }
  }

  @Test(
    "report, for every audience in every format, leaks nothing, into owner-only files beside an owner-only database",
    arguments: [
      ["--pledge", "our-promise", "--audience", "board"], ["--pledge", "our-promise", "--audience", "young-people"],
      ["--instrument", "carer-survey", "--audience", "foster-carers"],
    ])
  func reportLeaksNothing(arguments: [String]) throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = try Self.workspace(in: folder)
    let db = folder.appendingPathComponent("carevoice.sqlite").path
    for (instrument, batch, period) in [
      ("pledge-check", "2025-26-Q3", "2025-26 Q3"), ("pledge-check", "2025-26-Q4", "2025-26 Q4"),
      ("carer-survey", "2024-25", "2024-25"), ("carer-survey", "2025-26", "2025-26"),
    ] {
      let load = try CareVoiceProcess.run([
        "load", workspace.appendingPathComponent("batches/\(instrument)/\(batch)").path, "--instrument", instrument,
        "--period", period, "--workspace", workspace.path, "--db", db,
      ])
      #expect(load.status == 0, "\(load.standardError)")
    }
    #expect(try Self.mode(db) == 0o600)
    let out = folder.appendingPathComponent("out")
    let outcome = try CareVoiceProcess.run(
      ["report"] + arguments + ["--as-of", "2026-04-01", "--out", out.path, "--workspace", workspace.path, "--db", db])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let files = try PrivacyScanner.files(in: out)
    #expect(Set(files.map(\.pathExtension)) == ["html", "md", "csv", "json", "xlsx"], "\(files)")
    let findings = try Self.scanner(for: out).findings(inFolder: out)
    #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    for file in files { #expect(try Self.mode(file.path) == 0o600, "\(file.path)") }
    #expect(try Self.mode(out.path) == 0o700)
  }

  @Test("the scanner finds an identifier left in, with or without a phone number's spaces")
  func findsIdentifiers() {
    let scanner = PrivacyScanner(identifiers: ["Priya", "07700 900456"])
    #expect(scanner.findings(inText: "my social worker PRIYA never calls", file: "a.md").count == 1)
    #expect(scanner.findings(inText: "ring 07700900456", file: "a.md").count == 1)
    #expect(scanner.findings(inText: "my social worker [name] never calls", file: "a.md").isEmpty)
  }

  @Test("the scanner finds a small count in a JSON, CSV, Markdown, HTML and XLSX report the demo wrote, once shown")
  func findsSmallCounts() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("reports")
    let outcome = try CareVoiceProcess.run([
      "demo", "--workspace", Self.reportFixture.path, "--out", out.path, "--as-of", "2026-04-01",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let scanner = try Self.scanner(for: out)
    let stem = out.appendingPathComponent("board/our-promise")
    // Each report with one count of people written as 3: the scanner must see it.
    let json = try String(contentsOf: stem.appendingPathExtension("json"), encoding: .utf8)
    #expect(try scanner.findings(inJSON: Data(json.utf8), file: "b.json").isEmpty)
    let jsonShown = json.replacingOccurrences(
      of: #""kind": "count",\s*"value": 22"#, with: #""kind": "count", "value": 3"#, options: .regularExpression)
    #expect(json != jsonShown)
    #expect(!(try scanner.findings(inJSON: Data(jsonShown.utf8), file: "b.json")).isEmpty)
    let csv = try String(contentsOf: stem.appendingPathExtension("csv"), encoding: .utf8)
      .replacingOccurrences(of: "Base,count,22,22,", with: "Base,count,3,3,")
    #expect(!scanner.findings(inCSV: csv, file: "b.csv").isEmpty)
    let markdown = try String(contentsOf: stem.appendingPathExtension("md"), encoding: .utf8)
    #expect(scanner.findings(inTables: PrivacyScanner.markdownTables(markdown), file: "b.md").isEmpty)
    let shown = markdown.replacingOccurrences(of: "| 16 |", with: "| 3 |")
    #expect(!scanner.findings(inTables: PrivacyScanner.markdownTables(shown), file: "b.md").isEmpty)
    let html = try String(contentsOf: stem.appendingPathExtension("html"), encoding: .utf8)
    let htmlShown = html.replacingOccurrences(of: ">16<", with: ">3<")
    #expect(html != htmlShown)
    #expect(!scanner.findings(inTables: PrivacyScanner.htmlTables(htmlShown), file: "b.html").isEmpty)
    let sheet = [["Period", "Result", "Answered"], ["2025-26 Q3", "63%", "3"]]
    #expect(!scanner.findings(inTables: [sheet], file: "b.xlsx").isEmpty)
    let xlsx = try scanner.findings(inWorkbook: Data(contentsOf: stem.appendingPathExtension("xlsx")), file: "b")
    #expect(xlsx.isEmpty, "\(xlsx)")
  }
}
