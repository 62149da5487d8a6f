import CareVoiceKit
import Foundation
import Testing

@Suite struct StoreLoadingTests {
  @Test("stores a batch with its counts, periods, digest, dialect and load time")
  func storesBatch() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let batch = try StoreFixtures.load(
        [StoreFixtures.response("R1"), StoreFixtures.response("R2", line: 3)], into: store)
      #expect(batch.id == 1)
      #expect(batch.instrument == "child-review")
      #expect(batch.instrumentVersion == "v1")
      #expect(batch.period == "2025-26 Q1")
      #expect(batch.periods == [StoreFixtures.q1])
      #expect(batch.source == "q1.csv")
      #expect(batch.dialect == "csv")
      #expect(batch.digest == "d1")
      #expect(batch.counts == BatchCounts(read: 2, loaded: 2, duplicates: 0, rejected: 0))
      #expect(batch.loadedAt == "2025-07-14T09:30:00Z")
      #expect(try store.batch(digest: "d1", instrument: "child-review") == batch)
      #expect(try store.batch(digest: "d1", instrument: "foster-carer-survey") == nil)
      #expect(try store.batches(instrument: "child-review") == [batch])
      #expect(try store.periods(instrument: "child-review") == [StoreFixtures.q1])
    }
  }

  @Test("counts the responses of each period from the batches, as a tally of them does")
  func countsResponsesByPeriod() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let q1 = StoreFixtures.q1
      let q2 = StoreFixtures.q2
      try StoreFixtures.load([StoreFixtures.response("R1"), StoreFixtures.response("R2")], into: store)
      try StoreFixtures.load(
        [StoreFixtures.response("R1"), StoreFixtures.response("R3")], into: store,
        header: StoreFixtures.header(digest: "d2", source: "q2.csv", period: q2))
      let wanted: [[Period]] = [[q1], [q2], [q1, q2], [Period.quarter(year: 2024, quarter: 4)], []]
      let counts = try wanted.map { try store.responseCount(instrument: "child-review", periods: $0) }
      #expect(counts == [2, 1, 3, 0, 0])
      for periods in wanted.dropLast() {
        let (tally, _) = try TallyQuery.run(
          instrument: StoreFixtures.instrument, periods: periods, rule: .off, store: store)
        #expect(try store.responseCount(instrument: "child-review", periods: periods) == tally.respondents)
      }
      #expect(try store.responseCount(instrument: "foster-carer-survey", periods: [q1]) == 0)
    }
  }

  @Test("skips a file loaded before for the instrument without calling the loader")
  func skipsReload() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let first = try StoreFixtures.load([StoreFixtures.response("R1")], into: store)
      var called = false
      let result = try store.loadBatch(StoreFixtures.header(source: "copy of q1.csv")) { writer in
        called = true
        try writer.add(StoreFixtures.response("R9"), period: StoreFixtures.q1)
        return .commit
      }
      #expect(result == .alreadyLoaded(first))
      #expect(!called)
      #expect(try store.batches() == [first])
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ["R1"])
    }
  }

  @Test("skips and counts a response id loaded before, in this batch or an earlier one")
  func duplicateResponses() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try StoreFixtures.load([StoreFixtures.response("R1"), StoreFixtures.response("R2")], into: store)
      var additions: [BatchWriter.Addition] = []
      let result = try store.loadBatch(StoreFixtures.header(digest: "d2", source: "q2.csv", period: StoreFixtures.q2)) {
        writer in
        for id in ["R2", "R3", "R3", "R4"] {
          additions.append(try writer.add(StoreFixtures.response(id, safe: .choice(2)), period: StoreFixtures.q2))
        }
        writer.countRejected(2)
        return .commit
      }
      #expect(additions == [.duplicate, .added, .duplicate, .added])
      guard case .loaded(let batch) = result else {
        Issue.record("not loaded: \(result)")
        return
      }
      #expect(batch.counts == BatchCounts(read: 6, loaded: 2, duplicates: 2, rejected: 2))
      let stored = try StoreFixtures.stored(in: store)
      #expect(stored.map(\.0.id) == ["R1", "R2", "R3", "R4"])
      // The earlier batch's R2 is kept, not replaced.
      #expect(stored[1].0.answers[0] == .choice(0))
      #expect(stored.map(\.1) == [StoreFixtures.q1, StoreFixtures.q1, StoreFixtures.q2, StoreFixtures.q2])
    }
  }

  @Test("keeps response ids apart between instruments")
  func idsPerInstrument() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try StoreFixtures.load([StoreFixtures.response("R1")], into: store)
      var other = StoreFixtures.instrument
      other.id = "child-review-13plus"
      var header = StoreFixtures.header()
      header.instrument = other
      let result = try store.loadBatch(header) { writer in
        try writer.add(StoreFixtures.response("R1"), period: StoreFixtures.q1)
        return .commit
      }
      guard case .loaded(let batch) = result else {
        Issue.record("the same bytes for another instrument should load: \(result)")
        return
      }
      #expect(batch.counts.loaded == 1)
    }
  }

  @Test("stores nothing of a batch rolled back, or whose loader throws")
  func rollback() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let result = try store.loadBatch(StoreFixtures.header()) { writer in
        try writer.add(StoreFixtures.response("R1"), period: StoreFixtures.q1)
        writer.countRejected()
        return .rollback
      }
      #expect(result == .rolledBack(BatchCounts(read: 2, loaded: 1, duplicates: 0, rejected: 1)))
      struct AdapterFailure: Error {}
      #expect(throws: AdapterFailure.self) {
        try store.loadBatch(StoreFixtures.header()) { writer in
          try writer.add(StoreFixtures.response("R2"), period: StoreFixtures.q1)
          throw AdapterFailure()
        }
      }
      #expect(try store.batches().isEmpty)
      #expect(try store.periods(instrument: "child-review").isEmpty)
      #expect(try StoreFixtures.stored(in: store).isEmpty)
      // Nothing remembers the rolled-back bytes or ids: the same file loads in full.
      let batch = try StoreFixtures.load([StoreFixtures.response("R1"), StoreFixtures.response("R2")], into: store)
      #expect(batch.counts.loaded == 2)
    }
  }

  @Test("refuses a response that does not line up with the instrument")
  func misaligned() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      var response = StoreFixtures.response("R1")
      response.answers.removeLast()
      #expect(throws: StoreError.self) {
        try store.loadBatch(StoreFixtures.header()) { writer in
          try writer.add(response, period: StoreFixtures.q1)
          return .commit
        }
      }
      #expect(try store.batches().isEmpty)
    }
  }

  @Test("refuses a response added through a writer kept after its batch was committed")
  func writerAfterCommit() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      var kept: BatchWriter?
      _ = try store.loadBatch(StoreFixtures.header()) { writer in
        kept = writer
        try writer.add(StoreFixtures.response("R1"), period: StoreFixtures.q1)
        return .commit
      }
      #expect(throws: StoreError.self) { try kept?.add(StoreFixtures.response("R2"), period: StoreFixtures.q1) }
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ["R1"])
    }
  }

  @Test("unloads a batch and its responses, keeping the others, and numbers later batches afresh")
  func unload() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let first = try StoreFixtures.load([StoreFixtures.response("R1")], into: store)
      let second = try StoreFixtures.load(
        [StoreFixtures.response("R2")], into: store,
        header: StoreFixtures.header(digest: "d2", source: "q2.csv", period: StoreFixtures.q2))
      #expect(try store.unload(batchID: second.id) == second)
      #expect(try store.batches() == [first])
      #expect(try store.periods(instrument: "child-review") == [StoreFixtures.q1])
      #expect(try StoreFixtures.stored(in: store).map(\.0.id) == ["R1"])
      #expect(try store.integrityProblems().isEmpty)
      // The unloaded file and its ids may be loaded again, under a new number.
      let again = try StoreFixtures.load(
        [StoreFixtures.response("R2")], into: store,
        header: StoreFixtures.header(digest: "d2", source: "q2.csv", period: StoreFixtures.q2))
      #expect(again.id == 3)
      #expect(again.counts.loaded == 1)
      let path = store.path
      #expect(throws: StoreError.unknownBatch(7, path: path)) { try store.unload(batchID: 7) }
    }
  }

  @Test("leaves no word of an unloaded batch in the database file")
  func unloadErases() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      let secret = "Kezia-Marchbanks-lives-at-14-Orchard-Way"
      do {
        let store = try Store(path: path)
        try StoreFixtures.load([StoreFixtures.response("R1", text: .text("ok"))], into: store)
        let wrong = try StoreFixtures.load(
          [StoreFixtures.response("R2", text: .text(secret))], into: store,
          header: StoreFixtures.header(digest: "d2", source: "wrong-file.csv"))
        try store.unload(batchID: wrong.id)
      }
      // The store is closed: SQLite has checkpointed the -wal file into the database and removed it.
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
      let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(bytes.range(of: Data(secret.utf8)) == nil)
      #expect(bytes.range(of: Data("wrong-file.csv".utf8)) == nil)
      #expect(try StoreFixtures.stored(in: try Store(path: path)).map(\.0.id) == ["R1"])
    }
  }

  @Test("lets a second store wait for a first one's load to finish, then load its own batch into the same file")
  func concurrentWriters() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("carevoice.sqlite").path
      _ = try Store(path: path)
      let firstIsLoading = DispatchSemaphore(value: 0)
      let outcomes = Outcomes()
      let finished = DispatchSemaphore(value: 0)
      for writer in 0..<2 {
        // Threads of their own: a dispatch queue may run the second writer only after the first.
        Thread.detachNewThread {
          defer { finished.signal() }
          do {
            let store = try Store(path: path)
            if writer == 1 { firstIsLoading.wait() }
            let started = Date()
            let result = try store.loadBatch(StoreFixtures.header(digest: "d\(writer)", source: "w\(writer).csv")) {
              batch in
              for index in 0..<3000 {
                try batch.add(StoreFixtures.response("W\(writer)-\(index)", line: index + 2), period: StoreFixtures.q1)
              }
              if writer == 0 {
                firstIsLoading.signal()
                Thread.sleep(forTimeInterval: 0.5)  // hold the write lock while the second store tries to load
              }
              return .commit
            }
            outcomes.record(writer, result, waited: Date().timeIntervalSince(started))
          } catch {
            outcomes.record(writer, error)
          }
        }
      }
      finished.wait()
      finished.wait()
      #expect(outcomes.errors.isEmpty, "\(outcomes.errors)")
      #expect(outcomes.loaded == [0: 3000, 1: 3000])
      #expect((outcomes.waited[1] ?? 0) >= 0.3, "the second load should have waited for the first")
      let store = try Store(path: path)
      #expect(try store.batches().map(\.source).sorted() == ["w0.csv", "w1.csv"])
      #expect(try store.integrityProblems().isEmpty)
      var count = 0
      try store.forEachResponse(instrument: StoreFixtures.instrument) { _, _ in count += 1 }
      #expect(count == 6000)
    }
  }

  @Test("lets two stores create the same new file at the same moment")
  func concurrentCreation() throws {
    try withTemporaryFolder { folder in
      for attempt in 0..<4 {
        let path = folder.appendingPathComponent("carevoice-\(attempt).sqlite").path
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let outcomes = Outcomes()
        for writer in 0..<2 {
          Thread.detachNewThread {
            defer { finished.signal() }
            go.wait()
            do {
              let store = try Store(path: path)
              outcomes.record(writer, opened: try store.batches().isEmpty)
            } catch {
              outcomes.record(writer, error)
            }
          }
        }
        go.signal()
        go.signal()
        finished.wait()
        finished.wait()
        #expect(outcomes.errors.isEmpty, "\(outcomes.errors)")
        #expect(outcomes.opened == [0: true, 1: true])
        let problems = try Store(path: path).integrityProblems()
        #expect(problems.isEmpty)
      }
    }
  }
}

/// What each concurrent writer saw, gathered across threads.
private final class Outcomes: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var loaded: [Int: Int] = [:]
  private(set) var waited: [Int: Double] = [:]
  private(set) var errors: [String] = []
  private(set) var opened: [Int: Bool] = [:]

  func record(_ writer: Int, opened isEmpty: Bool) {
    lock.withLock { opened[writer] = isEmpty }
  }

  func record(_ writer: Int, _ result: LoadResult, waited seconds: Double) {
    lock.withLock {
      if case .loaded(let batch) = result { loaded[writer] = batch.counts.loaded }
      waited[writer] = seconds
    }
  }

  func record(_ writer: Int, _ error: any Error) {
    lock.withLock { errors.append("writer \(writer): \(error)") }
  }
}
