import Foundation
import GRDB
import Testing

@testable import CareVoiceKit

@Suite struct StoreOpeningTests {
  @Test("migrates an empty file to the current schema")
  func migratesEmptyFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      #expect(FileManager.default.createFile(atPath: path, contents: Data()))
      let store = try Store(path: path)
      #expect(try store.batches().isEmpty)
      #expect(try store.integrityProblems().isEmpty)
      let queue = try DatabaseQueue(path: path)
      let tables = try queue.read { db in
        try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'")
      }
      #expect(
        tables.isSuperset(of: [
          "instrument", "instrument_version", "batch", "batch_period", "response_block", "response_block_text",
        ]))
      #expect(tables.isDisjoint(with: ["response", "response_text"]))
      let (mode, applied) = try queue.read { db in
        (
          try String.fetchOne(db, sql: "PRAGMA journal_mode"),
          try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        )
      }
      #expect(mode == "wal")
      #expect(applied == ["v1 batches and packed responses", "v2 responses in blocks"])
    }
  }

  @Test("opens its own database again without migrating twice")
  func reopens() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      try StoreFixtures.load([StoreFixtures.response("R1")], into: try Store(path: path))
      let again = try Store(path: path)
      #expect(try again.batches().count == 1)
    }
  }

  @Test("creates the database and its -wal and -shm files readable by the owner only")
  func ownerOnlyPermissions() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      let store = try Store(path: path)
      try StoreFixtures.load([StoreFixtures.response("R1")], into: store)
      for file in [path, path + "-wal", path + "-shm"] {
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue
        #expect(permissions == 0o600, "\(file) has permissions \(String(permissions ?? 0, radix: 8))")
      }
    }
  }

  @Test("refuses a file that is not a database, and leaves it as it was")
  func refusesNonDatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("answers.csv").path
      let content = Data("response_id,feel_safe\nR1,yes\nR2,no\n".utf8)
      #expect(FileManager.default.createFile(atPath: path, contents: content))
      let error = #expect(throws: StoreError.self) { try Store(path: path) }
      guard case .notCarevoiceDatabase = error else {
        Issue.record("expected notCarevoiceDatabase, got \(String(describing: error))")
        return
      }
      #expect(error?.description.hasPrefix("\(path): error: answers.csv is not a carevoice database") == true)
      #expect(FileManager.default.contents(atPath: path) == content)
    }
  }

  @Test("refuses another program's SQLite database without writing to it")
  func refusesForeignDatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("other.sqlite").path
      try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
      #expect(throws: StoreError.notCarevoiceDatabase(path: path, reason: "it holds another program's tables")) {
        try Store(path: path)
      }
      let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
      #expect(mode == "delete")
    }
  }

  @Test("refuses a database written by a newer carevoice")
  func refusesNewerSchema() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      _ = try Store(path: path)
      try DatabaseQueue(path: path).write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9 from the future')")
      }
      #expect(throws: StoreError.newerSchema(path: path)) { try Store(path: path) }
    }
  }

  @Test("says which folder is missing when the database cannot be created")
  func missingFolder() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("no-such-folder/carevoice.sqlite").path
      #expect(throws: StoreError.cannotCreate(path: path, reason: "its folder does not exist")) {
        try Store(path: path)
      }
    }
  }

  @Test(
    "refuses a read-only database with advice, and loses nothing in it",
    .enabled(if: ReadOnlyFile.isPossible, "this file system cannot make a file read-only for root"))
  func readOnlyFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      try StoreFixtures.load([StoreFixtures.response("R1")], into: try Store(path: path))
      try ReadOnlyFile.make(path)
      defer { try? ReadOnlyFile.undo(path) }
      let error = #expect(throws: StoreError.self) { try Store(path: path) }
      #expect(error == .readOnly(path: path))
      #expect(error?.message.contains("read-only") == true)
      try ReadOnlyFile.undo(path)
      let store = try Store(path: path)
      #expect(try store.batches().map(\.counts.loaded) == [1])
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ["R1"])
    }
  }

  @Test(
    "turns SQLite failures into an officer's advice",
    arguments: [
      (ResultCode.SQLITE_FULL, "cannot write to carevoice.sqlite: the disk is full — free some space and load again"),
      (ResultCode.SQLITE_READONLY, "cannot write to carevoice.sqlite: the file or its folder is read-only"),
      (ResultCode.SQLITE_BUSY, "carevoice.sqlite is busy: another carevoice has been writing to it for more than 30"),
      (ResultCode.SQLITE_CORRUPT, "carevoice.sqlite is damaged"),
    ])
  func adviceForFailures(code: ResultCode, advice: String) {
    let error = StoreError.from(DatabaseError(resultCode: code), path: "/home/officer/carevoice.sqlite")
    #expect(error.message.hasPrefix(advice), "\(error.message)")
    #expect(error.description.hasPrefix("/home/officer/carevoice.sqlite: error: "))
  }
}

/// Makes a file unwritable even for root (who ignores permissions) by marking it immutable.
enum ReadOnlyFile {
  /// Whether this machine's temporary folder supports it (tmpfs, for one, has no immutable flag).
  static let isPossible: Bool = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("carevoice-probe-\(UUID())").path
    guard FileManager.default.createFile(atPath: path, contents: Data()) else { return false }
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard (try? make(path)) != nil else { return false }
    return (try? undo(path)) != nil
  }()

  static func make(_ path: String) throws {
    if geteuid() == 0 {
      try run("/usr/bin/chattr", "+i", path)
    } else {
      try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
    }
  }

  static func undo(_ path: String) throws {
    if geteuid() == 0 {
      try run("/usr/bin/chattr", "-i", path)
    } else {
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
  }

  private static func run(_ tool: String, _ arguments: String...) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
  }
}
