import Foundation

/// Every row of every table of a database, read with the `sqlite3` command-line tool, to tell whether a command
/// changed anything.
///
/// The tool rather than the store's own code reads the file, so that a bug in the store cannot hide itself.
struct DatabaseDigest: Equatable, CustomStringConvertible {
  /// The tables' names and rows, as `sqlite3` prints `SELECT * FROM table ORDER BY 1` for each.
  let rows: Data

  /// The `sqlite3` tool, or nil when it is not installed (Debian package `sqlite3`).
  static let tool: URL? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
    .map(URL.init(fileURLWithPath:))
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  /// The digest of the database at `path`.
  init(of path: String) throws {
    let tables = try Self.query(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    let names = String(decoding: tables, as: UTF8.self).split(separator: "\n").map(String.init)
    let selects = names.map { "SELECT '== \($0)'; SELECT * FROM \"\($0)\" ORDER BY 1;" }.joined(separator: " ")
    rows = tables + (names.isEmpty ? Data() : try Self.query(path, selects))
  }

  /// What `PRAGMA integrity_check` says of the database at `path`: "ok" when all is well.
  static func integrity(of path: String) throws -> String {
    String(decoding: try query(path, "PRAGMA integrity_check"), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// An FNV-1a hash of the rows, short enough to print.
  var description: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in rows {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16) + " (\(rows.count) bytes)"
  }

  /// What `sqlite3 -readonly PATH SQL` prints; it fails the test when the tool is missing or SQLite refuses.
  static func query(_ path: String, _ sql: String) throws -> Data {
    guard let tool else { throw Missing() }
    let process = Process()
    process.executableURL = tool
    process.arguments = ["-readonly", "-batch", path, sql]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let problem = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Refused(message: String(decoding: problem, as: UTF8.self))
    }
    return data
  }

  /// The `sqlite3` tool is not installed.
  struct Missing: Error, CustomStringConvertible {
    var description: String { "these tests read the database with the sqlite3 tool: apt-get install sqlite3" }
  }

  /// `sqlite3` could not read the database.
  struct Refused: Error {
    var message: String
  }
}
