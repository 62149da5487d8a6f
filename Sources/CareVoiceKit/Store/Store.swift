import Foundation
import GRDB
import GRDBSQLite

/// The local SQLite database of loaded batches and their responses.
///
/// One `Store` is one connection. Several stores, in one process or several, may
/// use the same file: a load waits up to ``busySeconds`` for another to finish.
/// The file is created readable by its owner only, kept in WAL mode, and checked
/// to be a carevoice database before anything is written to it.
public final class Store: Sendable {
  /// How long a load waits for another carevoice writing to the same file.
  public static let busySeconds = 30
  /// The page size of a new database: SQLite's largest, for the fewest pages per block.
  static let pageSize = 65536
  /// `PRAGMA cache_size`: 8 MB, in KiB.
  static let cacheSize = -8192

  /// The database file.
  public let path: String
  let queue: DatabaseQueue
  /// Responses per block written (``BlockLayout/capacity``; smaller in tests).
  let blockCapacity: Int
  /// How response ids are hashed in memory to find repeated ones (a constant in tests, to force collisions).
  let idHash: ResponseIDHash

  /// Opens the database at `path`, creating it (owner-only) and bringing its schema up to date.
  public convenience init(path: String) throws(StoreError) {
    try self.init(path: path, blockCapacity: BlockLayout.capacity, idHash: .standard)
  }

  init(path: String, blockCapacity: Int, idHash: ResponseIDHash) throws(StoreError) {
    self.path = path
    self.blockCapacity = max(1, blockCapacity)
    self.idHash = idHash
    try StoreFile.createIfMissing(at: path)
    do {
      queue = try DatabaseQueue(path: path, configuration: Store.configuration)
    } catch {
      throw StoreError.from(error, path: path)
    }
    do {
      try StoreFile.whileOpening(path) { try prepare() }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  private static var configuration: Configuration {
    var configuration = Configuration()
    configuration.label = "carevoice.store"
    configuration.busyMode = .timeout(TimeInterval(busySeconds))
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      // Blocks are written and read once each: a small cache does as well as a large one, in less memory.
      try db.execute(sql: "PRAGMA cache_size = \(Store.cacheSize)")
      // After a checkpoint, shrink the -wal file back to 64 MB at most.
      try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
      // An unloaded batch is gone from the file, not left in free pages for anyone to read.
      try db.execute(sql: "PRAGMA secure_delete = ON")
    }
    return configuration
  }

  /// Refuses a file that is not ours, then switches to WAL and migrates; nothing is written to a stranger's file.
  private func prepare() throws {
    try queue.writeWithoutTransaction { db in
      guard let connection = db.sqliteConnection, sqlite3_db_readonly(connection, "main") == 0 else {
        throw StoreError.readOnly(path: path)
      }
      try checkIdentity(db)
      // Takes effect only in a file with no tables yet: a new one (docs/architecture.md, "Store").
      try db.execute(sql: "PRAGMA page_size = \(Store.pageSize)")
      // Again: a new page size keeps the number of cached pages worked out for the old one (16 times the memory).
      try db.execute(sql: "PRAGMA cache_size = \(Store.cacheSize)")
      // Persistent: every later connection finds the file in WAL mode.
      let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      guard mode?.lowercased() == "wal" else {
        throw StoreError.failed(path: path, reason: "SQLite could not switch the file to WAL mode (\(mode ?? "?"))")
      }
      // One transaction per batch, so one sync per batch: a loaded batch survives a power cut.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      if try StoreSchema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
    }
    try migrate()
  }

  private func checkIdentity(_ db: Database) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if applicationID == StoreSchema.applicationID { return }
    if applicationID != 0 {
      throw StoreError.notCarevoiceDatabase(path: path, reason: "it belongs to another program")
    }
    // grdb_migrations alone is another carevoice creating the file at this moment: its migration is on its way.
    let tables =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'") ?? 0
    if tables > 0 {
      throw StoreError.notCarevoiceDatabase(path: path, reason: "it holds another program's tables")
    }
  }

  /// The batch of `instrument` loaded from a file with this SHA-256, if there is one.
  public func batch(digest: String, instrument: String) throws(StoreError) -> Batch? {
    try reading { db in
      try Row.fetchOne(
        db, sql: "\(Batch.selection) WHERE i.name = ? AND b.sha256 = ?", arguments: [instrument, digest]
      )
      .map(Batch.init(row:))
    }
  }

  /// The batch with this number, if there is one.
  public func batch(id: Int64) throws(StoreError) -> Batch? {
    try reading { db in
      try Row.fetchOne(db, sql: "\(Batch.selection) WHERE b.id = ?", arguments: [id]).map(Batch.init(row:))
    }
  }

  /// Every batch, or every batch of one instrument, oldest first.
  public func batches(instrument: String? = nil) throws(StoreError) -> [Batch] {
    try reading { db in
      if let instrument {
        return try Row.fetchAll(db, sql: "\(Batch.selection) WHERE i.name = ? ORDER BY b.id", arguments: [instrument])
          .map(Batch.init(row:))
      }
      return try Row.fetchAll(db, sql: "\(Batch.selection) ORDER BY b.id").map(Batch.init(row:))
    }
  }

  /// The periods that hold responses of `instrument`, sorted.
  public func periods(instrument: String) throws(StoreError) -> [Period] {
    let labels = try reading { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT p.period FROM batch_period p JOIN batch b ON b.id = p.batch
          JOIN instrument i ON i.id = b.instrument WHERE i.name = ? AND p.responses > 0
          """, arguments: [instrument])
    }
    return labels.compactMap(Period.init(label:)).sorted()
  }

  /// How many responses of `instrument` are stored in `periods`, from the batches' counts: nothing is scanned.
  public func responseCount(instrument: String, periods: [Period]) throws(StoreError) -> Int {
    guard !periods.isEmpty else { return 0 }
    let labels = periods.map(\.description)
    return try reading { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COALESCE(SUM(p.responses), 0) FROM batch_period p JOIN batch b ON b.id = p.batch
          JOIN instrument i ON i.id = b.instrument
          WHERE i.name = ? AND p.period IN (\(databaseQuestionMarks(count: labels.count)))
          """, arguments: StatementArguments([instrument] + labels)) ?? 0
    }
  }

  /// Removes a batch and its responses, in one transaction; returns what was removed.
  @discardableResult
  public func unload(batchID: Int64) throws(StoreError) -> Batch {
    try writing { db in
      guard let batch = try Row.fetchOne(db, sql: "\(Batch.selection) WHERE b.id = ?", arguments: [batchID]) else {
        throw StoreError.unknownBatch(batchID, path: path)
      }
      try db.execute(
        sql: "DELETE FROM response_block_text WHERE block IN (SELECT id FROM response_block WHERE batch = ?)",
        arguments: [batchID])
      try db.execute(sql: "DELETE FROM response_block WHERE batch = ?", arguments: [batchID])
      try db.execute(sql: "DELETE FROM batch WHERE id = ?", arguments: [batchID])
      return Batch(row: batch)
    }
  }

  /// SQLite's own check of the file (`PRAGMA integrity_check` and foreign keys): empty when all is well.
  public func integrityProblems() throws(StoreError) -> [String] {
    try reading { db in
      let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
      let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "orphan row in \($0[0] as String)" }
      return problems + orphans
    }
  }

  func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try queue.read(body)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try queue.write(body)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }
}
