import GRDB

extension Store {
  /// Runs the migrations; when two carevoice processes create the same file at once, the loser finds them done.
  ///
  /// A file that was still at version 1 is then rewritten with the page size of new files.
  func migrate() throws {
    let wasVersion1 = try queue.read { db in
      let applied = try StoreSchema.migrator.appliedIdentifiers(db)
      return applied.contains(StoreSchema.version1Name) && !applied.contains(StoreSchema.version2Name)
    }
    var attempts = 0
    while true {
      do {
        try StoreSchema.migrator.migrate(queue)
        break
      } catch {
        attempts += 1
        let done = (try? queue.read { try StoreSchema.migrator.hasCompletedMigrations($0) }) ?? false
        if done { break }
        if attempts >= 5 { throw error }
      }
    }
    if wasVersion1 { adoptPageSize() }
  }

  /// Rewrites the file (`VACUUM`) with ``pageSize`` pages, dropping the pages its version 1 tables left free.
  ///
  /// Best effort: it needs the file to itself, outside WAL mode, and room for a copy;
  /// when any of that fails the file stays as the migration left it, correct and a little slower to load into.
  private func adoptPageSize() {
    try? queue.writeWithoutTransaction { db in
      guard try Int.fetchOne(db, sql: "PRAGMA page_size") ?? Store.pageSize < Store.pageSize,
        try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")?.lowercased() == "delete"
      else { return }
      defer { _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
      try db.execute(sql: "PRAGMA page_size = \(Store.pageSize)")
      try db.execute(sql: "VACUUM")
      try db.execute(sql: "PRAGMA cache_size = \(Store.cacheSize)")
    }
  }
}
