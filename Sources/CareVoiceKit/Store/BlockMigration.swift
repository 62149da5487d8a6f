import GRDB

/// Moves the responses of a version 1 database — one row per response — into blocks (``BlockLayout``).
///
/// The packed answers and attributes keep their bytes: only the framing changes. Each
/// batch's responses are read in the order they were stored and gathered into a block
/// per period, as ``BatchWriter`` gathers them while loading.
enum BlockMigration {
  static func moveResponses(_ db: Database, capacity: Int) throws {
    let table = try BlockTable(db)
    let rows = try RawStatement(
      db,
      sql: """
        SELECT r.response_id, r.period, r.submitted, r.line, r.attributes, r.answers, t.texts
        FROM response r LEFT JOIN response_text t ON t.response = r.id WHERE r.batch = ?1 ORDER BY r.id
        """)
    for batch in try Int64.fetchAll(db, sql: "SELECT DISTINCT batch FROM response ORDER BY batch") {
      var builders: [BlockBuilder] = []
      rows.reset()
      rows.bind(1, batch)
      while try rows.step() {
        let label = rows.string(1)
        let slot: Int
        if let seen = builders.firstIndex(where: { $0.label == label }) {
          slot = seen
        } else {
          guard let period = Period(label: label) else { throw corrupt("a response's period \(label)") }
          builders.append(BlockBuilder(period: period, label: label))
          slot = builders.count - 1
        }
        let day = rows.isNull(2) ? 0 : BlockLayout.dayCode(isoDay(rows.bytes(2)))
        let answers = rows.bytes(5)
        guard answers.first == PackedAnswers.format else { throw corrupt("a response's answers") }
        let texts = rows.isNull(6) ? [] : try moveTexts(rows.bytes(6), position: builders[slot].count)
        builders[slot].add(
          id: rows.bytes(0), day: day, line: Int(rows.int64(3)), attributes: rows.bytes(4),
          answers: UnsafeRawBufferPointer(rebasing: answers.dropFirst()), texts: texts)
        if builders[slot].isFull(capacity: capacity) {
          _ = try table.insert(builders[slot], batch: batch)
          builders[slot].clear()
        }
      }
      for builder in builders where builder.count > 0 { _ = try table.insert(builder, batch: batch) }
    }
  }

  /// Re-frames version 1 texts — (question, words) pairs — as entries of the response at `position`.
  private static func moveTexts(_ bytes: UnsafeRawBufferPointer, position: Int) throws -> [UInt8] {
    var texts: [UInt8] = []
    var reader = ByteReader(bytes)
    while !reader.isAtEnd {
      guard let question = reader.varint(), let length = reader.varint(), length <= UInt64(Int32.max),
        let words = reader.slice(Int(length))
      else { throw corrupt("a response's texts") }
      texts.appendVarint(UInt64(position))
      texts.appendVarint(question)
      texts.appendVarint(length)
      texts.append(contentsOf: words)
    }
    return texts
  }

  /// A version 1 `YYYY-MM-DD`.
  private static func isoDay(_ bytes: UnsafeRawBufferPointer) -> Day? {
    Day(iso: String(decoding: bytes, as: UTF8.self))
  }

  private static func corrupt(_ what: String) -> DatabaseError {
    DatabaseError(resultCode: .SQLITE_CORRUPT, message: "\(what) cannot be read while moving responses into blocks")
  }
}
