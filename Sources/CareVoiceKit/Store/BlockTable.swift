import GRDB

/// Writes blocks into `response_block` and their texts into `response_block_text`, through statements prepared once.
struct BlockTable {
  private let insertBlock: RawStatement
  private let insertTexts: RawStatement

  init(_ db: Database) throws {
    insertBlock = try RawStatement(
      db,
      sql: """
        INSERT INTO response_block (batch, period, response_count, ids, responses) VALUES (?1, ?2, ?3, ?4, ?5)
        """)
    insertTexts = try RawStatement(db, sql: "INSERT INTO response_block_text (block, texts) VALUES (?1, ?2)")
  }

  /// Writes the responses of `block` as one row of batch `batch`; returns its rowid.
  ///
  /// The large columns are bound where they lie instead of being copied by SQLite.
  func insert(_ block: BlockBuilder, batch: Int64) throws -> Int64 {
    insertBlock.bind(1, batch)
    insertBlock.bind(2, block.label)
    insertBlock.bind(3, Int64(block.count))
    try block.ids.withUnsafeBytes { ids in
      try block.records.withUnsafeBytes { records in
        insertBlock.bindStatic(4, ids)
        insertBlock.bindStatic(5, records)
        defer {
          insertBlock.bindNull(4)
          insertBlock.bindNull(5)
        }
        try insertBlock.execute()
      }
    }
    let rowID = insertBlock.lastInsertedRowID
    if !block.texts.isEmpty {
      insertTexts.bind(1, rowID)
      try block.texts.withUnsafeBytes { texts in
        insertTexts.bindStatic(2, texts)
        defer { insertTexts.bindNull(2) }
        try insertTexts.execute()
      }
    }
    return rowID
  }
}
