import Foundation
import GRDB
import SurveyFormats
import Testing

@testable import CareVoiceKit

/// Responses kept in blocks: block boundaries, repeated ids found in memory, collisions of their hashes, periods per block.
@Suite struct StoreBlockTests {
  /// A store writing blocks of `capacity` responses, hashing ids with `hash` (every id the same, to force collisions).
  func store(in folder: URL, capacity: Int, hash: ResponseIDHash = .standard) throws -> Store {
    try Store(path: folder.appendingPathComponent("carevoice.sqlite").path, blockCapacity: capacity, idHash: hash)
  }

  /// Response `id` at `line` of `file`, with answers that differ from line to line.
  func response(_ id: String, line: Int, file: String = "d1.csv") -> Response {
    var response = StoreFixtures.response(id, line: line, safe: .choice(line % 3))
    response.answers[2] = .number(Double(line))
    response.answers[3] = line % 2 == 0 ? .text("comment on line \(line)") : .skipped
    response.location.file = file
    return response
  }

  func load(_ ids: [String], into store: Store, digest: String, period: Period = StoreFixtures.q1) throws
    -> [BatchWriter.Addition]
  {
    var additions: [BatchWriter.Addition] = []
    _ = try store.loadBatch(StoreFixtures.header(digest: digest, source: "\(digest).csv", period: period)) { writer in
      for (index, id) in ids.enumerated() {
        additions.append(try writer.add(response(id, line: index + 2, file: "\(digest).csv"), period: period))
      }
      return .commit
    }
    return additions
  }

  /// The stored blocks' sizes, in the order written.
  func blockSizes(_ store: Store) throws -> [Int] {
    try DatabaseQueue(path: store.path).read { db in
      try Int.fetchAll(db, sql: "SELECT response_count FROM response_block ORDER BY id")
    }
  }

  @Test(
    "stores one response less than a block, a full block and one more, and reads every one back in order",
    arguments: [(4, 3), (4, 4), (4, 5), (4096, 4095), (4096, 4096), (4096, 4097)])
  func blockBoundaries(capacity: Int, count: Int) throws {
    try withTemporaryFolder { folder in
      let store = try store(in: folder, capacity: capacity)
      let ids = (0..<count).map { "R\($0)" }
      #expect(try load(ids, into: store, digest: "d1").allSatisfy { $0 == .added })
      let sizes = try blockSizes(store)
      #expect(
        sizes == Array(repeating: capacity, count: count / capacity) + (count % capacity == 0 ? [] : [count % capacity])
      )
      let stored = try StoreFixtures.stored(in: store).map(\.0)
      #expect(stored.map(\.id) == ids)
      #expect(stored == ids.enumerated().map { response($1, line: $0 + 2) })
      #expect(try store.batches().first?.counts == BatchCounts(read: count, loaded: count))
    }
  }

  @Test("finds a repeated id in a written block, in the block being filled, and in earlier batches")
  func duplicatesAcrossBlocks() throws {
    try withTemporaryFolder { folder in
      let store = try store(in: folder, capacity: 4)
      _ = try load((1...10).map { "R\($0)" }, into: store, digest: "d1")
      #expect(try blockSizes(store) == [4, 4, 2])
      // R1, R6 and R10 lie in each of the first batch's blocks; N1 is repeated after its block was written,
      // N6 while its block is still being filled.
      let additions = try load(
        ["R1", "N1", "N2", "N3", "N4", "R6", "N5", "N1", "N6", "N6", "R10", "N7"], into: store, digest: "d2",
        period: StoreFixtures.q2)
      #expect(
        additions == [
          .duplicate, .added, .added, .added, .added, .duplicate, .added, .duplicate, .added, .duplicate, .duplicate,
          .added,
        ])
      #expect(try store.batches().last?.counts == BatchCounts(read: 12, loaded: 7, duplicates: 5))
      let ids = try StoreFixtures.stored(in: store).map(\.0.id)
      #expect(ids == (1...10).map { "R\($0)" } + (1...7).map { "N\($0)" })
      // The first R1 keeps its answers.
      #expect(try StoreFixtures.stored(in: store).first?.0 == response("R1", line: 2))
    }
  }

  @Test("stores different ids whose hashes collide, and still catches a true repeat among them")
  func hashCollisions() throws {
    try withTemporaryFolder { folder in
      let constant = ResponseIDHash { _ in 0x5EED_0000_0000_0042 }
      let store = try store(in: folder, capacity: 2, hash: constant)
      #expect(
        try load(["A", "B", "C", "B", "D"], into: store, digest: "d1") == [.added, .added, .added, .duplicate, .added])
      let second = try load(["E", "C", "A", "F", "E", "D"], into: store, digest: "d2", period: StoreFixtures.q2)
      #expect(second == [.added, .duplicate, .duplicate, .added, .duplicate, .duplicate])
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ["A", "B", "C", "D", "E", "F"])
      // A new writer reads the stored ids back with the same colliding hash.
      #expect(try load(["G", "F", "A"], into: store, digest: "d3") == [.added, .duplicate, .duplicate])
    }
  }

  @Test("tells ids apart that share a prefix or differ only in length")
  func similarIDs() throws {
    try withTemporaryFolder { folder in
      let constant = ResponseIDHash { _ in 7 }
      let store = try store(in: folder, capacity: 3, hash: constant)
      let ids = ["", "1", "11", "\u{1}1", "uuid:7f7e", "uuid:7f7e-ü", "UUID:7F7E"]
      #expect(try load(ids, into: store, digest: "d1").allSatisfy { $0 == .added })
      #expect(try load(ids.reversed(), into: store, digest: "d2").allSatisfy { $0 == .duplicate })
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ids)
    }
  }

  @Test("unloads one batch's blocks and texts, leaving the other batches whole")
  func unloadKeepsOthers() throws {
    try withTemporaryFolder { folder in
      let store = try store(in: folder, capacity: 4)
      _ = try load((1...10).map { "A\($0)" }, into: store, digest: "a")
      _ = try load((1...7).map { "B\($0)" }, into: store, digest: "b", period: StoreFixtures.q2)
      _ = try load((1...5).map { "C\($0)" }, into: store, digest: "c")
      let before = try StoreFixtures.stored(in: store)
      try store.unload(batchID: 2)
      let after = try StoreFixtures.stored(in: store)
      #expect(after.map(\.0) == before.map(\.0).filter { !$0.id.hasPrefix("B") })
      #expect(try store.periods(instrument: "child-review") == [StoreFixtures.q1])
      let (blocks, texts) = try DatabaseQueue(path: store.path).read { db in
        (
          try Int.fetchOne(db, sql: "SELECT count(*) FROM response_block WHERE batch = 2") ?? -1,
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM response_block_text WHERE block NOT IN (SELECT id FROM response_block)")
            ?? -1
        )
      }
      #expect(blocks == 0)
      #expect(texts == 0)
      #expect(try store.integrityProblems().isEmpty)
      // Its ids are free again.
      #expect(try load(["B1", "A1"], into: store, digest: "b2") == [.added, .duplicate])
    }
  }

  @Test("reads a batch spanning two periods period by period, each in file order, and filters by period")
  func batchSpanningPeriods() throws {
    try withTemporaryFolder { folder in
      let store = try store(in: folder, capacity: 2)
      _ = try store.loadBatch(StoreFixtures.header(period: nil)) { writer in
        for index in 0..<7 {
          try writer.add(
            response("R\(index)", line: index + 2), period: index % 2 == 0 ? StoreFixtures.q2 : StoreFixtures.q1)
        }
        return .commit
      }
      let batch = try #require(try store.batches().first)
      #expect(batch.period == "2025-26 Q1 to 2025-26 Q2")
      #expect(try blockSizes(store).sorted() == [1, 2, 2, 2])
      func read(_ periods: [Period]?) throws -> [String] {
        var read: [String] = []
        try store.forEachResponse(instrument: StoreFixtures.instrument, periods: periods) { response, period in
          read.append("\(response.id) \(period)")
        }
        return read
      }
      let q1 = ["R1 2025-26 Q1", "R3 2025-26 Q1", "R5 2025-26 Q1"]
      let q2 = ["R0 2025-26 Q2", "R2 2025-26 Q2", "R4 2025-26 Q2", "R6 2025-26 Q2"]
      #expect(try read(nil) == q1 + q2)
      #expect(try read([StoreFixtures.q1]) == q1)
      #expect(try read([StoreFixtures.q2]) == q2)
      #expect(try read([.financialYear(2025)]) == q1 + q2)
      #expect(try read([.quarter(year: 2025, quarter: 3)]).isEmpty)
      var comments: [String] = []
      try store.forEachTextAnswer(instrument: StoreFixtures.instrument, periods: [StoreFixtures.q2]) { answer in
        comments.append("\(answer.responseID) \(answer.period): \(answer.text)")
      }
      #expect(
        comments == [
          "R0 2025-26 Q2: comment on line 2", "R2 2025-26 Q2: comment on line 4", "R4 2025-26 Q2: comment on line 6",
          "R6 2025-26 Q2: comment on line 8",
        ])
    }
  }

  @Test("reports a damaged block instead of reading past it", arguments: ["ids", "responses"])
  func damagedBlock(column: String) throws {
    try withTemporaryFolder { folder in
      let store = try store(in: folder, capacity: 4)
      _ = try load(["R1", "R2"], into: store, digest: "d1")
      try DatabaseQueue(path: store.path).write { db in
        try db.execute(sql: "UPDATE response_block SET \(column) = substr(\(column), 1, length(\(column)) - 3)")
      }
      let path = store.path
      #expect(throws: StoreError.corrupt(path: path)) { try StoreFixtures.stored(in: store) }
      #expect(throws: StoreError.corrupt(path: path)) {
        try store.forEachTextAnswer(instrument: StoreFixtures.instrument) { _ in }
      }
    }
  }
}
