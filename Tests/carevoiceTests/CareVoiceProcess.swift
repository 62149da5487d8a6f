import Foundation

/// Runs the built `carevoice` executable as an officer would from a terminal, and captures what it prints.
struct CareVoiceProcess {
  /// The exit status and the text printed on each stream.
  struct Outcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `carevoice` binary built beside the test runner.
  static let executable: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("carevoice")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/carevoice")
  }()

  /// Runs `carevoice` with these arguments in `directory`, with `environment` added to this process's.
  ///
  /// Output goes through temporary files, so a large report cannot fill a pipe and stall the child.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Outcome {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("carevoice-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var inherited = ProcessInfo.processInfo.environment
    // scripts/sanitizer-test.sh looks for leaks in carevoice but not in the test runner (Foundation's own leaks).
    if let options = inherited["CAREVOICE_ASAN_OPTIONS"] { inherited["ASAN_OPTIONS"] = options }
    process.environment = inherited.merging(environment) { $1 }
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: try String(contentsOf: outURL, encoding: .utf8),
      standardError: try String(contentsOf: errURL, encoding: .utf8))
  }
}
