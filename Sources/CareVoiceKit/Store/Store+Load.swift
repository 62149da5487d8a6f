import Foundation
import GRDB

extension Store {
  /// Loads one batch in one transaction, all or nothing, as `body` feeds it responses.
  ///
  /// When a file with the same bytes was loaded for the instrument before, `body` is
  /// not called and the earlier batch is returned as ``LoadResult/alreadyLoaded(_:)``.
  /// A header without a digest leaves that check to ``BatchWriter/settle(digest:)``,
  /// which `body` must call before it decides to commit.
  /// Otherwise `body` adds responses through the writer as it reads them and decides
  /// at the end: `.commit` stores the batch, `.rollback` (or an error thrown) stores
  /// nothing. `body` must not use this store: it runs inside the store's transaction.
  ///
  ///     let result = try store.loadBatch(header) { writer in
  ///       for response in responses { try writer.add(response, period: period) }
  ///       return sawErrors ? .rollback : .commit
  ///     }
  ///
  /// Errors of the database are ``StoreError``s; errors thrown by `body` pass through.
  public func loadBatch(
    _ header: BatchHeader, _ body: (BatchWriter) throws -> BatchWriter.Decision
  ) throws -> LoadResult {
    var result: LoadResult?
    var bodyError: (any Error)?
    do {
      try queue.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          let instrumentNumber = try instrumentNumber(of: header.instrument.id, db)
          if let digest = header.digest,
            let earlier = try Store.batch(digest: digest, instrumentNumber: instrumentNumber, db)
          {
            result = .alreadyLoaded(earlier)
            return .rollback
          }
          let version = try versionNumber(of: header.instrument, instrumentNumber: instrumentNumber, db)
          try db.execute(
            sql: """
              INSERT INTO batch (instrument, instrument_version, period, source, dialect, sha256, loaded_at)
              VALUES (?, ?, ?, ?, ?, ?, ?)
              """,
            arguments: [
              instrumentNumber, version, header.period?.description, header.source, header.dialect,
              header.digest ?? BatchWriter.unsettledDigest, Store.timestamp(header.loadedAt),
            ])
          let writer = try BatchWriter(
            db, path: path, batchID: db.lastInsertedRowID, instrumentNumber: instrumentNumber,
            instrument: header.instrument, capacity: blockCapacity, idHash: idHash, isSettled: header.digest != nil)
          defer { writer.isOpen = false }
          let decision: BatchWriter.Decision
          do {
            decision = try body(writer)
          } catch {
            bodyError = error
            throw error
          }
          guard decision == .commit else {
            result = .rolledBack(writer.counts)
            return .rollback
          }
          try finish(writer, header: header, db)
          let stored = try Row.fetchOne(db, sql: "\(Batch.selection) WHERE b.id = ?", arguments: [writer.batchID])
          result = stored.map { .loaded(Batch(row: $0)) }
          return .commit
        }
      }
    } catch {
      if let bodyError { throw bodyError }
      throw StoreError.from(error, path: path)
    }
    guard let result else { throw StoreError.failed(path: path, reason: "the batch vanished while it was stored") }
    return result
  }

  /// The batch of the instrument loaded from a file with this digest, if there is one.
  static func batch(digest: String, instrumentNumber: Int64, _ db: Database) throws -> Batch? {
    try Row.fetchOne(
      db, sql: "\(Batch.selection) WHERE b.instrument = ? AND b.sha256 = ?", arguments: [instrumentNumber, digest]
    )
    .map(Batch.init(row:))
  }

  /// Writes the batch's last blocks, its counts, its periods and their label.
  private func finish(_ writer: BatchWriter, header: BatchHeader, _ db: Database) throws {
    guard writer.isSettled else {
      throw StoreError.failed(path: path, reason: "the file's digest was never given, so the batch cannot be kept")
    }
    try writer.writeOpenBlocks()
    let periods = writer.periods.filter { $0.responses > 0 }
    for entry in periods {
      try db.execute(
        sql: "INSERT INTO batch_period (batch, period, responses) VALUES (?, ?, ?)",
        arguments: [writer.batchID, entry.label, entry.responses])
    }
    let label = header.period?.description ?? Batch.label(of: periods.map(\.period).sorted())
    let counts = writer.counts
    try db.execute(
      sql: """
        UPDATE batch SET period = ?, read_count = ?, loaded_count = ?, duplicate_count = ?, rejected_count = ?
        WHERE id = ?
        """,
      arguments: [label, counts.read, counts.loaded, counts.duplicates, counts.rejected, writer.batchID])
  }

  /// The number standing for the instrument in batch rows, added on its first batch.
  private func instrumentNumber(of instrument: String, _ db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO instrument (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [instrument])
    guard let number = try Int64.fetchOne(db, sql: "SELECT id FROM instrument WHERE name = ?", arguments: [instrument])
    else { throw StoreError.failed(path: path, reason: "the instrument \(instrument) could not be recorded") }
    return number
  }

  /// The stored snapshot equal to this definition, or a new one.
  private func versionNumber(of instrument: Instrument, instrumentNumber: Int64, _ db: Database) throws -> Int64 {
    let definition = try Store.snapshot(of: instrument)
    if let number = try Int64.fetchOne(
      db, sql: "SELECT id FROM instrument_version WHERE instrument = ? AND definition = ?",
      arguments: [instrumentNumber, definition])
    {
      return number
    }
    try db.execute(
      sql: "INSERT INTO instrument_version (instrument, version, definition) VALUES (?, ?, ?)",
      arguments: [instrumentNumber, instrument.version, definition])
    return db.lastInsertedRowID
  }

  /// The definition as JSON with sorted keys, so that equal definitions give equal text.
  static func snapshot(of instrument: Instrument) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(instrument), as: UTF8.self)
  }

  /// `2025-07-14T09:30:00Z`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
