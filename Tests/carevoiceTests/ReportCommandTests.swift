import Foundation
import Testing

/// `report` and `demo` as an officer runs them: files written and listed, owner-only, and usage errors explained.
@Suite struct ReportCommandTests {
  static let fixture = Repository.path("Tests/CareVoiceKitTests/Fixtures/reports")

  /// A database holding the fixture's Pledge check batches.
  func loadedDatabase(in folder: URL) throws -> URL {
    let db = folder.appendingPathComponent("cv.sqlite")
    for (period, folder) in [("2025-26 Q3", "2025-26-Q3"), ("2025-26 Q4", "2025-26-Q4")] {
      let outcome = try CareVoiceProcess.run([
        "load", Self.fixture + "/batches/pledge-check/" + folder, "--instrument", "pledge-check", "--period", period,
        "--workspace", Self.fixture, "--db", db.path,
      ])
      #expect(outcome.status == 0, "\(outcome.standardError)")
    }
    return db
  }

  private func mode(_ path: String) throws -> Int {
    ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test("writes the board report in every format into DIR/board/, lists the files, and makes them owner-only")
  func boardReport() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = try loadedDatabase(in: folder)
    let out = folder.appendingPathComponent("out").path
    let outcome = try CareVoiceProcess.run([
      "report", "--pledge", "our-promise", "--as-of", "2026-04-01", "--out", out, "--workspace", Self.fixture, "--db",
      db.path,
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let listed = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(listed == ["html", "md", "csv", "json", "xlsx"].map { "\(out)/board/our-promise.\($0)" })
    for path in listed { #expect(try mode(path) == 0o600, "\(path)") }
    let html = try String(contentsOfFile: listed[0], encoding: .utf8)
    #expect(html.contains("Figures as of <time datetime=\"2026-04-01\">1 April 2026</time>"))
  }

  @Test("writes the young people's report in the formats asked for")
  func youngPeopleReport() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = try loadedDatabase(in: folder)
    let out = folder.appendingPathComponent("out").path
    let outcome = try CareVoiceProcess.run([
      "report", "--pledge", "our-promise", "--audience", "young-people", "--formats", "md,html", "--as-of",
      "2026-04-01", "--out", out, "--workspace", Self.fixture, "--db", db.path,
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput == "\(out)/young-people/our-promise.html\n\(out)/young-people/our-promise.md\n")
    let markdown = try String(contentsOfFile: "\(out)/young-people/our-promise.md", encoding: .utf8)
    #expect(markdown.contains("## Promise 1: You will know who your social worker is."))
  }

  @Test(
    "refuses a report it cannot make, saying what to give instead (exit 64)",
    arguments: [
      (["--out", "x"], "say what to report on: --pledge ID or --instrument ID"),
      (["--pledge", "p", "--instrument", "i", "--out", "x"], "give --pledge or --instrument, not both"),
      (["--pledge", "p", "--audience", "foster-carers", "--out", "x"], "use --instrument ID with it"),
      (["--instrument", "i", "--audience", "board", "--out", "x"], "is about a Pledge: use --pledge ID"),
      (["--pledge", "p", "--formats", "html,pdf", "--out", "x"], "\"pdf\" is not a report format"),
      (["--pledge", "p", "--as-of", "25/11/2026", "--out", "x"], "write it as YYYY-MM-DD"),
      (["--pledge", "p", "--period", "Q2", "--out", "x"], "is not a period"),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let outcome = try CareVoiceProcess.run(["report"] + arguments)
    #expect(outcome.status == 64)
    #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
  }

  @Test("demo loads every batch into a temporary database, writes every report and lists them, touching no database")
  func demo() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try CareVoiceProcess.run(
      ["demo", "--workspace", Self.fixture, "--out", "reports", "--as-of", "2026-04-01"], in: folder)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let listed = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(listed.count == 26)
    for stem in [
      "board/our-promise", "young-people/our-promise", "foster-carers/carer-survey", "survey/carer-survey",
      "survey/pledge-check",
    ] {
      for format in ["html", "md", "csv", "json", "xlsx"] { #expect(listed.contains("reports/\(stem).\(format)")) }
    }
    #expect(listed.contains("reports/foster-carers/carer-survey-action-plan.csv"))
    for path in listed { #expect(try mode(folder.appendingPathComponent(path).path) == 0o600, "\(path)") }
    #expect(outcome.standardError.contains("Loaded 4 exports (82 responses) into a temporary database"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left == ["reports"], "no database is made where the demo runs")
  }

  @Test("demo writes every report of the bundled workspace, and the board's says the day it is as of")
  func bundledDemo() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("reports").path
    let outcome = try CareVoiceProcess.run([
      "demo", "--workspace", Repository.path("surveys"), "--out", out, "--as-of", "2026-11-25",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.split(separator: "\n").count == 36)
    let board = try String(contentsOfFile: out + "/board/our-pledge.md", encoding: .utf8)
    #expect(board.contains("**Figures as of 25 November 2026.**"))
    #expect(board.contains("Progress report to the Corporate Parenting Board: July to September 2026 (2026-27 Q2)"))
  }
}
