import GRDB
import GRDBSQLite

/// A prepared SQLite statement driven through the C API, for the hot paths: writing, reading and checking blocks.
///
/// GRDB's `StatementArguments` box every value; at a million rows that boxing costs
/// more than SQLite itself (docs/architecture.md, "Store"). Everything else in the store uses GRDB.
final class RawStatement {
  private let connection: OpaquePointer
  private let handle: OpaquePointer
  let sql: String

  /// Prepares `sql` on the connection of `db`, which must outlive the statement.
  init(_ db: Database, sql: String) throws {
    guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE) }
    var handle: OpaquePointer?
    let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
    guard code == SQLITE_OK, let handle else {
      throw RawStatement.error(code, connection: connection, sql: sql)
    }
    self.connection = connection
    self.handle = handle
    self.sql = sql
  }

  deinit { sqlite3_finalize(handle) }

  func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

  func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

  func bind(_ index: Int32, _ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      if let base = utf8.baseAddress, !utf8.isEmpty {
        let start = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(handle, index, start, Int32(utf8.count), sqliteTransient)
      } else {
        _ = sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
      }
    }
  }

  /// Binds bytes as a BLOB; no bytes make an empty BLOB, never NULL.
  func bind(_ index: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      if let base = buffer.baseAddress, !buffer.isEmpty {
        _ = sqlite3_bind_blob(handle, index, base, Int32(buffer.count), sqliteTransient)
      } else {
        _ = sqlite3_bind_zeroblob(handle, index, 0)
      }
    }
  }

  /// Binds bytes as a BLOB without copying them: they must stay put until the statement has run.
  func bindStatic(_ index: Int32, _ buffer: UnsafeRawBufferPointer) {
    if let base = buffer.baseAddress, !buffer.isEmpty {
      _ = sqlite3_bind_blob(handle, index, base, Int32(buffer.count), nil)
    } else {
      _ = sqlite3_bind_zeroblob(handle, index, 0)
    }
  }

  /// Runs a statement that returns no rows, then resets it for the next arguments.
  func execute() throws {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else { throw RawStatement.error(code, connection: connection, sql: sql) }
  }

  /// Steps to the next row: true for a row, false at the end.
  func step() throws -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code:
      sqlite3_reset(handle)
      throw RawStatement.error(code, connection: connection, sql: sql)
    }
  }

  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  /// The column's bytes, valid until the next step or reset.
  func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
    let start = sqlite3_column_blob(handle, column)
    let count = Int(sqlite3_column_bytes(handle, column))
    guard let start, count > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: start, count: count)
  }

  func string(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }

  var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

  private static func error(_ code: Int32, connection: OpaquePointer, sql: String) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
      message: String(cString: sqlite3_errmsg(connection)), sql: sql)
  }
}

/// SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
