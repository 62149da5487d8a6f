import Foundation
import GRDB
import SurveyFormats
import Testing

@testable import CareVoiceKit

/// A database written by the first schema — one row per response — opened by today's store.
@Suite struct StoreMigrationTests {
  /// Builds a version 1 file as version 1 left it: 4 KB pages, WAL mode, the first migration only, then its rows.
  func versionOneFile(at path: String, _ fill: (Database) throws -> Void) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = 4096")
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
    try StoreSchema.migrator.migrate(queue, upTo: StoreSchema.version1Name)
    try queue.write(fill)
  }

  @Test("moves every response of a version 1 database into blocks and reads each back as it was")
  func migratesResponses() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      let wide = StoreReadingTests.wideInstrument
      let awkward = [
        (
          Response(
            id: "uuid:7f7e-ü-😀", attributes: ["north"], answers: StoreReadingTests.awkward,
            location: SourceLocation(file: "edge.xml", line: 40)), StoreFixtures.q1
        ),
        (
          Response(
            id: "R2", submitted: Day(year: 2026, month: 3, day: 31), attributes: ["a value not listed"],
            answers: StoreReadingTests.awkward.reversed(), location: SourceLocation(file: "edge.xml", line: 90)),
          StoreFixtures.q2
        ),
        (
          Response(
            id: "R3", attributes: [nil], answers: Array(repeating: .skipped, count: StoreReadingTests.awkward.count),
            location: SourceLocation(file: "edge.xml", line: 91)), StoreFixtures.q1
        ),
      ]
      let reviews = [
        (StoreFixtures.response("R1", line: 2), StoreFixtures.q1),
        (StoreFixtures.response("R2", line: 3, safe: .choice(2), text: .skipped, age: nil), StoreFixtures.q2),
        (StoreFixtures.response("R4", line: 5, text: .text("Line one\nline two, \"quoted\"")), StoreFixtures.q1),
      ]
      try versionOneFile(at: path) { db in
        try VersionOne.insert(awkward, of: wide, source: "edge.xml", digest: "e1", into: db)
        try VersionOne.insert(reviews, of: StoreFixtures.instrument, source: "q1.csv", digest: "d1", into: db)
      }

      let store = try Store(path: path)
      var edges: [(Response, Period)] = []
      try store.forEachResponse(instrument: wide, includeText: true) { edges.append(($0, $1)) }
      // Each batch reads period by period: the earliest first, each in the order stored.
      let expected = [awkward[0], awkward[2], awkward[1]]
      #expect(edges.map(\.0) == expected.map(\.0))
      #expect(edges.map(\.1) == expected.map(\.1))
      let read = try StoreFixtures.stored(in: store)
      #expect(read.map(\.0) == [reviews[0], reviews[2], reviews[1]].map(\.0))
      var comments: [String] = []
      try store.forEachTextAnswer(instrument: StoreFixtures.instrument) {
        comments.append("\($0.responseID): \($0.text)")
      }
      #expect(comments == ["R1: More time with my mum", "R4: Line one\nline two, \"quoted\""])

      #expect(try store.batches().map(\.counts.loaded) == [3, 3])
      #expect(
        try store.batches().map(\.periods) == [
          [StoreFixtures.q1, StoreFixtures.q2], [StoreFixtures.q1, StoreFixtures.q2],
        ])
      #expect(try store.integrityProblems().isEmpty)
      let (tables, applied, pages) = try DatabaseQueue(path: path).read { db in
        (
          try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'"),
          try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
          [
            try Int.fetchOne(db, sql: "PRAGMA page_size"), try Int.fetchOne(db, sql: "PRAGMA freelist_count"),
          ]
        )
      }
      #expect(!tables.contains("response") && !tables.contains("response_text"))
      #expect(applied == [StoreSchema.version1Name, StoreSchema.version2Name])
      // Rewritten with the page size of new files, and none of the old tables' pages left over.
      #expect(pages == [Store.pageSize, 0])
      #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
      // The moved ids are still known: loading them again counts them as duplicates.
      var additions: [BatchWriter.Addition] = []
      _ = try store.loadBatch(StoreFixtures.header(digest: "d2")) { writer in
        for id in ["R4", "R5", "R1"] {
          additions.append(try writer.add(StoreFixtures.response(id), period: StoreFixtures.q1))
        }
        return .commit
      }
      #expect(additions == [.duplicate, .added, .duplicate])
    }
  }

  @Test("splits a large version 1 batch into full blocks")
  func migratesLargeBatch() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      let count = BlockLayout.capacity + 904
      let template = StoreFixtures.response("M", line: 2)
      try versionOneFile(at: path) { db in
        let batch = try VersionOne.insert(
          [(template, StoreFixtures.q2)], of: StoreFixtures.instrument, source: "q1.csv", into: db)
        let (answers, texts) = VersionOne.answers(template.answers)
        try db.execute(
          sql: """
            WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i <= ?)
            INSERT INTO response (batch, instrument, response_id, period, submitted, line, attributes, answers)
            SELECT ?, 1, 'M' || i, '2025-26 Q2', '2025-05-14', i + 1, ?, ? FROM n
            """,
          arguments: [count, batch, VersionOne.attributes(template.attributes, of: StoreFixtures.instrument), answers])
        try db.execute(
          sql: "INSERT INTO response_text (response, texts) SELECT id, ? FROM response WHERE response_id <> 'M'",
          arguments: [texts])
      }
      let store = try Store(path: path)
      let read = try StoreFixtures.stored(in: store).map(\.0)
      #expect(read.count == count + 1)
      var expected = template
      expected.id = "M\(count + 1)"
      expected.location.line = count + 2
      #expect(read.first == template)
      #expect(read.last == expected)
      let sizes = try DatabaseQueue(path: path).read { db in
        try Int.fetchAll(db, sql: "SELECT response_count FROM response_block ORDER BY id")
      }
      #expect(sizes == [BlockLayout.capacity, count + 1 - BlockLayout.capacity])
    }
  }
}

/// Rows as version 1 of the schema wrote them, packed here independently of the store's own code.
enum VersionOne {
  /// Inserts one batch of `responses` with its counts and periods; returns its number.
  @discardableResult
  static func insert(
    _ responses: [(Response, Period)], of instrument: Instrument, source: String = "old.csv", digest: String = "old",
    into db: Database
  ) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO instrument (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [instrument.id])
    let number = try #require(
      try Int64.fetchOne(db, sql: "SELECT id FROM instrument WHERE name = ?", arguments: [instrument.id]))
    try db.execute(
      sql: "INSERT INTO instrument_version (instrument, version, definition) VALUES (?, ?, ?)",
      arguments: [number, instrument.version, try Store.snapshot(of: instrument)])
    let version = db.lastInsertedRowID
    let periods = Set(responses.map(\.1)).sorted()
    try db.execute(
      sql: """
        INSERT INTO batch (instrument, instrument_version, period, source, dialect, sha256, read_count, loaded_count,
          loaded_at) VALUES (?, ?, ?, ?, 'csv', ?, ?, ?, '2025-07-14T09:30:00Z')
        """,
      arguments: [
        number, version, periods.map(\.description).joined(separator: " to "), source, digest, responses.count,
        responses.count,
      ])
    let batch = db.lastInsertedRowID
    for period in periods {
      try db.execute(
        sql: "INSERT INTO batch_period (batch, period, responses) VALUES (?, ?, ?)",
        arguments: [batch, period.description, responses.filter { $0.1 == period }.count])
    }
    for (response, period) in responses {
      let (answers, texts) = answers(response.answers)
      try db.execute(
        sql: """
          INSERT INTO response (batch, instrument, response_id, period, submitted, line, attributes, answers)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          batch, number, response.id, period.description, response.submitted?.description, response.location.line,
          attributes(response.attributes, of: instrument), answers,
        ])
      if !texts.isEmpty {
        try db.execute(
          sql: "INSERT INTO response_text (response, texts) VALUES (?, ?)", arguments: [db.lastInsertedRowID, texts])
      }
    }
    return batch
  }

  /// A varint per attribute: 0 none, 1 and the value for one not listed, n + 2 for listed value n.
  static func attributes(_ values: [String?], of instrument: Instrument) -> Data {
    var bytes: [UInt8] = []
    for (index, value) in values.enumerated() {
      if let value {
        if let position = instrument.respondent.attributes[index].values.firstIndex(where: { $0.value == value }) {
          varint(UInt64(position + 2), to: &bytes)
        } else {
          bytes.append(1)
          varint(UInt64(value.utf8.count), to: &bytes)
          bytes += Array(value.utf8)
        }
      } else {
        bytes.append(0)
      }
    }
    return Data(bytes)
  }

  /// Format byte 1, then a tag per answer; the words of text answers apart, as (question, words) pairs.
  static func answers(_ answers: [Answer]) -> (answers: Data, texts: Data) {
    var bytes: [UInt8] = [1]
    var texts: [UInt8] = []
    for (question, answer) in answers.enumerated() {
      switch answer {
      case .notShown: bytes.append(0)
      case .skipped: bytes.append(1)
      case .text(let words):
        bytes.append(2)
        varint(UInt64(question), to: &texts)
        varint(UInt64(words.utf8.count), to: &texts)
        texts += Array(words.utf8)
      case .choices(let set):
        bytes.append(3)
        varint(set.bits, to: &bytes)
      case .choice(let position) where position < 240: bytes.append(16 + UInt8(position))
      case .choice(let position):
        bytes.append(6)
        varint(UInt64(position), to: &bytes)
      case .number(let value)
      where value == value.rounded() && abs(value) < 1e15 && !(value == 0 && value.sign == .minus):
        bytes.append(5)
        let whole = Int64(value)
        varint(UInt64(bitPattern: whole << 1 ^ whole >> 63), to: &bytes)
      case .number(let value):
        bytes.append(4)
        bytes += withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) }
      }
    }
    return (Data(bytes), Data(texts))
  }

  static func varint(_ value: UInt64, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }
}
