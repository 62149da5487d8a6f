import Foundation
import Testing

/// Several `carevoice load`s at the same moment into one database: each ends correctly and the file stays sound.
@Suite struct ConcurrentLoadTests {
  /// A CiCC consultation export of `count` responses whose ids start with `prefix`.
  static func export(_ count: Int, prefix: String, in folder: URL) throws -> String {
    var lines = [GeneratedInputs.ciccHeader]
    let scale = ["Agree", "Sort of", "Disagree", "Don't know"]
    for n in 1...count {
      let answers = (0..<9).map { scale[(n + $0) % 4] }.joined(separator: ",")
      lines.append(
        "\(prefix)-\(n),\(String(format: "%02d", 1 + n % 28))/07/2025,16-17,In care,Yes,\(answers),text,\"said \(n)\"")
    }
    let url = folder.appendingPathComponent("\(prefix).csv")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    return url.path
  }

  /// Starts every load before waiting for any, and returns each one's exit status and stderr.
  static func loadAtOnce(_ files: [String], db: URL) throws -> [(status: Int32, errors: String)] {
    let started = try files.map { file in
      let process = Process()
      process.executableURL = CareVoiceProcess.executable
      process.arguments = [
        "load", file, "--instrument", "cicc-pledge-consultation", "--workspace", Repository.path("surveys"), "--db",
        db.path,
      ]
      let errors = URL(fileURLWithPath: file + ".err")
      _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
      return (process, errors)
    }
    return try started.map { process, errors in
      process.waitUntilExit()
      return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }
  }

  /// How many batches `carevoice batches` lists, and how many respondents `carevoice tally` counts.
  static func stored(in db: URL) throws -> (batches: Int, respondents: Int?) {
    let options = ["--workspace", Repository.path("surveys"), "--db", db.path]
    let batches = try CareVoiceProcess.run(["batches"] + options).standardOutput
      .split(separator: "\n").dropFirst(2).count
    let tally = try CareVoiceProcess.run(
      ["tally", "--instrument", "cicc-pledge-consultation", "--format", "json", "--min-cell", "0"] + options)
    let json = try JSONSerialization.jsonObject(with: Data(tally.standardOutput.utf8)) as? [String: Any]
    return (batches, json?["respondents"] as? Int)
  }

  @Test("four loads started together into a new database all finish, and every batch is whole")
  func fourAtOnce() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("carevoice.sqlite")
    let sizes = [500, 1_000, 1_500, 2_000]
    let files = try sizes.enumerated().map { try Self.export($1, prefix: "P\($0)", in: folder) }
    let outcomes = try Self.loadAtOnce(files, db: db)
    #expect(outcomes.map(\.status) == [0, 0, 0, 0], "\(outcomes.map(\.errors))")
    #expect(try DatabaseDigest.integrity(of: db.path) == "ok")
    let stored = try Self.stored(in: db)
    #expect(stored.batches == 4)
    #expect(stored.respondents == 5_000)
  }

  @Test("one file loaded four times at once is stored once; the other loads find it loaded")
  func sameFileAtOnce() throws {
    let folder = try Repository.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("carevoice.sqlite")
    let file = try Self.export(1_000, prefix: "SAME", in: folder)
    let outcomes = try Self.loadAtOnce(Array(repeating: file, count: 4), db: db)
    #expect(outcomes.map(\.status) == [0, 0, 0, 0], "\(outcomes.map(\.errors))")
    #expect(try DatabaseDigest.integrity(of: db.path) == "ok")
    let stored = try Self.stored(in: db)
    #expect(stored.batches == 1)
    #expect(stored.respondents == 1_000)
  }
}
