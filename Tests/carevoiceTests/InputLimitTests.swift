import Foundation
import Testing

/// The default limits of `validate` and `load`, and their options; the corpus (Fixtures/bad) runs each limit
/// with a small value on real files.
@Suite struct InputLimitTests {
  static let workspace = Repository.path("surveys")

  @Test("a file over the default 10 GB limit is refused before a byte of it is read, and nothing is stored")
  func refusesHugeFileByDefault() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A sparse file: 12 GB long, taking no room on the disk.
    let huge = folder.appendingPathComponent("huge.csv")
    _ = FileManager.default.createFile(atPath: huge.path, contents: Data("response_id\n".utf8))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 12_000_000_000)
    try handle.close()
    let db = folder.appendingPathComponent("carevoice.sqlite").path
    for command in ["validate", "load"] {
      let outcome = try CareVoiceProcess.run([
        command, huge.path, "--instrument", "cicc-pledge-consultation", "--workspace", Self.workspace, "--db", db,
      ])
      #expect(outcome.status == 65, "\(command): \(outcome.standardError)")
      #expect(
        outcome.standardError.hasPrefix(
          huge.path + ":1:1: error: this file is 12.0 GB, more than the 10.0 GB limit for one export; check that "
            + "it is the export you meant, or raise the limit with --max-file-bytes"),
        "\(command): \(outcome.standardError)")
    }
    let batches = try DatabaseDigest.query(db, "SELECT count(*) FROM batch")
    #expect(String(decoding: batches, as: UTF8.self) == "0\n")
  }

  @Test("a limit below 1 is a usage error naming the option", arguments: ["--max-rows", "--max-field-bytes"])
  func refusesZeroLimit(option: String) throws {
    let outcome = try CareVoiceProcess.run([
      "validate", Repository.path("Tests/SurveyFormatsTests/Fixtures/bad/csv-over-row-limit.csv"), "--instrument",
      "cicc-pledge-consultation", "--workspace", Self.workspace, option, "0",
    ])
    #expect(outcome.status == 64)
    #expect(outcome.standardError.contains("\(option) must be a whole number of at least 1, not 0"))
  }
}
