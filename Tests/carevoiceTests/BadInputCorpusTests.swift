import Foundation
import Testing

/// Every file of the bad-input corpus, through `validate` and `load`: the right exit code, a message naming the
/// file and the place, and a database left exactly as it was unless the row says a batch is stored.
@Suite struct BadInputCorpusTests {
  static let workspace = Repository.path("surveys")

  /// A database already holding one batch of each instrument the corpus uses, made once per run.
  static let seeded: Result<URL, any Error> = Result {
    let folder = try Repository.scratchFolder()
    let db = folder.appendingPathComponent("seeded.sqlite")
    for (instrument, batch) in [
      ("cicc-pledge-consultation", "cicc-pledge-consultation/2025-26-Q4"),
      ("child-review-8-12", "child-review-8-12/2025-26-Q4"),
      ("foster-carer-survey", "foster-carer-survey/2024-25"),
    ] {
      let outcome = try CareVoiceProcess.run([
        "load", Repository.path("surveys/batches/\(batch)"), "--instrument", instrument, "--workspace", workspace,
        "--db", db.path,
      ])
      guard outcome.status == 0 else { throw SeedingFailed(output: outcome.standardError) }
    }
    return db
  }

  struct SeedingFailed: Error {
    var output: String
  }

  @Test("the corpus holds at least 60 files, each of them there or made by the test")
  func corpusSize() {
    let files = Set(BadInputCase.all.map(\.file))
    #expect(files.count >= 60)
    for file in files where !file.hasPrefix("@") && file != "csv-does-not-exist.csv" {
      #expect(FileManager.default.fileExists(atPath: BadInputCase.folder.appendingPathComponent(file).path), "\(file)")
    }
  }

  @Test(
    "each bad input gets its exit code and its message, and leaves the database as it was", arguments: BadInputCase.all)
  func badInput(_ input: BadInputCase) throws {
    let template = try Self.seeded.get()
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("carevoice.sqlite")
    try FileManager.default.copyItem(at: template, to: db)
    let before = try DatabaseDigest(of: db.path)
    for command in input.commands {
      let outcome = try CareVoiceProcess.run(
        [command, input.path, "--instrument", input.instrument] + input.options + [
          "--workspace", Self.workspace, "--db", db.path,
        ])
      #expect(outcome.status == input.exit, "\(command): \(outcome.standardError)")
      if let diagnostic = input.diagnostic {
        #expect(outcome.standardError.contains(input.path + diagnostic), "\(command): \(outcome.standardError)")
      } else {
        #expect(outcome.standardError.isEmpty, "\(command): \(outcome.standardError)")
      }
      // Nothing an entity or an include points at is ever read.
      #expect(!(outcome.standardOutput + outcome.standardError).contains("root:x:0:0"))
      #expect(!outcome.standardError.contains("internal error"))
      let after = try DatabaseDigest(of: db.path)
      if command == "load" && input.storesBatch {
        #expect(after != before, "the load stored nothing")
        #expect(outcome.standardOutput.contains("as batch 4"), "\(outcome.standardOutput)")
      } else {
        #expect(after == before, "\(command) changed the database: \(before) became \(after)")
      }
      #expect(try DatabaseDigest.integrity(of: db.path) == "ok")
    }
  }
}
