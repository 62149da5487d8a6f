import Foundation
import Testing

/// `load`, `batches` and `unload` on a fresh database, as an officer would run them.
@Suite struct LoadCommandTests {
  static let workspace = Repository.path("surveys")

  /// A CSV of the CiCC consultation keyed in from paper, with the rows given.
  static func ciccCSV(_ rows: [String], in folder: URL, name: String = "forms.csv") throws -> String {
    let header = "response_id,date_completed,age_band,heard_of_pledge"
    let url = folder.appendingPathComponent(name)
    try Data(([header] + rows).joined(separator: "\n").utf8).write(to: url)
    return url.path
  }

  func run(_ arguments: [String], db: URL) throws -> CareVoiceProcess.Outcome {
    try CareVoiceProcess.run(arguments + ["--workspace", Self.workspace, "--db", db.path])
  }

  @Test("loads a file once: a second load of the same bytes is reported and adds nothing")
  func reload() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let file = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes", "A2,02/07/2025,16-17,No"], in: folder)
    let first = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    #expect(first.status == 0)
    #expect(first.standardOutput.contains("loaded 2 responses as batch 1 (2025-26 Q2; dialect: csv)"))
    let second = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    #expect(second.status == 0)
    #expect(second.standardOutput.contains("already loaded as batch 1"))
    let batches = try run(["batches"], db: db)
    #expect(batches.standardOutput.split(separator: "\n").count == 3)
  }

  @Test("skips and counts a response whose id was loaded before, in another file")
  func duplicateResponses() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let first = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes"], in: folder, name: "one.csv")
    let second = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes", "A3,03/07/2025,11-15,No"], in: folder, name: "two.csv")
    _ = try run(["load", first, "--instrument", "cicc-pledge-consultation"], db: db)
    let outcome = try run(["load", second, "--instrument", "cicc-pledge-consultation"], db: db)
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("loaded 1 response as batch 2"))
    #expect(outcome.standardOutput.contains("1 already loaded and skipped"))
  }

  @Test("rejects the whole file on an error by default (exit 65), and skips only the bad rows with --on-error skip")
  func rejectAndSkip() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let file = try Self.ciccCSV(
      ["A1,01/07/2025,11-15,Yes", "A2,01/07/2025,11-15,Maybe", "A3,01/07/2025,11-15,No"], in: folder)
    let rejected = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    #expect(rejected.status == 65)
    #expect(rejected.standardError.contains(":3:4: error: \"Maybe\" is not an answer"))
    #expect(rejected.standardOutput.contains("not loaded — 1 error in 3 responses read"))
    #expect(try run(["batches"], db: db).standardError.contains("no batches are loaded"))

    let skipped = try run(["load", file, "--instrument", "cicc-pledge-consultation", "--on-error", "skip"], db: db)
    #expect(skipped.status == 0)
    #expect(skipped.standardOutput.contains("loaded 2 responses as batch"))
    #expect(skipped.standardOutput.contains("1 left out for errors"))
  }

  @Test("derives each response's financial quarter from its date, across 31 March and 1 April")
  func periodsFromDates() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let file = try Self.ciccCSV(["A1,31/03/2026,11-15,Yes", "A2,01/04/2026,11-15,No"], in: folder)
    let outcome = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    #expect(outcome.standardOutput.contains("(2025-26 Q4 to 2026-27 Q1; dialect: csv)"))
    let given = try Self.ciccCSV(["B1,31/03/2026,11-15,Yes"], in: folder, name: "given.csv")
    let labelled = try run(["load", given, "--instrument", "cicc-pledge-consultation", "--period", "2025-26"], db: db)
    #expect(labelled.standardOutput.contains("(2025-26; dialect: csv)"))
  }

  @Test("unloads one batch and its responses; an unknown batch is a usage error")
  func unload() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let file = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes"], in: folder)
    _ = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    let removed = try run(["unload", "1"], db: db)
    #expect(removed.status == 0)
    #expect(removed.standardOutput.contains("removed batch 1: 1 responses of cicc-pledge-consultation"))
    #expect(try run(["unload", "1"], db: db).status == 64)
    // Unloading frees the file and its ids: the same file loads again as a new batch.
    #expect(
      try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db).standardOutput.contains("as batch 2"))
  }

  @Test("creates the database readable by its owner only")
  func ownerOnly() throws {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("cv.sqlite")
    let file = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes"], in: folder)
    _ = try run(["load", file, "--instrument", "cicc-pledge-consultation"], db: db)
    let mode = try FileManager.default.attributesOfItem(atPath: db.path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
  }

  @Test("exits 74 naming the file when the database cannot be written")
  func unwritableDatabase() throws {
    let folder = try Repository.scratchFolder()
    let file = try Self.ciccCSV(["A1,01/07/2025,11-15,Yes"], in: folder)
    let outcome = try run(
      ["load", file, "--instrument", "cicc-pledge-consultation"], db: URL(fileURLWithPath: "/no/such/folder/cv.sqlite"))
    #expect(outcome.status == 74)
    #expect(outcome.standardError.contains("cv.sqlite"))
  }
}
