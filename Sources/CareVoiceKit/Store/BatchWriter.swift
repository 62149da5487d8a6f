import Foundation
import GRDB

/// Stores the responses of one batch as the caller reads them, inside the batch's transaction.
///
/// Handed to the closure of ``Store/loadBatch(_:_:)``, and usable only while it runs.
/// Responses wait in an open block per period and are written a block at a time
/// (``BlockLayout``); a repeated id is found in memory (``ResponseIDIndex``).
public final class BatchWriter {
  /// Whether the closure wants the batch kept or thrown away.
  public enum Decision: Sendable {
    /// Keep every response added.
    case commit
    /// Store nothing of the batch (`--on-error reject` after an error).
    case rollback
  }

  /// What became of one response.
  public enum Addition: Sendable, Equatable {
    /// Stored (in the batch's transaction).
    case added
    /// Its id had been loaded before for the instrument, in an earlier batch or earlier in this one.
    case duplicate
  }

  /// The counts so far.
  public private(set) var counts = BatchCounts()

  let batchID: Int64
  private let path: String
  private let instrument: Instrument
  private let instrumentNumber: Int64
  private let db: Database
  /// Whether the batch row carries the file's digest; a batch is committed only once it does.
  private(set) var isSettled: Bool
  private let table: BlockTable
  private let storedIDs: StoredBlockIDs
  private var blocks: OpenBlocks
  var isOpen = true

  init(
    _ db: Database, path: String, batchID: Int64, instrumentNumber: Int64, instrument: Instrument, capacity: Int,
    idHash: ResponseIDHash, isSettled: Bool
  ) throws {
    self.db = db
    self.instrumentNumber = instrumentNumber
    self.isSettled = isSettled
    self.path = path
    self.batchID = batchID
    self.instrument = instrument
    table = try BlockTable(db)
    storedIDs = try StoredBlockIDs(db)
    let index = try BatchWriter.storedIDs(db, instrumentNumber: instrumentNumber, idHash: idHash)
    blocks = OpenBlocks(index: index, capacity: capacity, path: path)
  }

  /// The ids already stored for the instrument, read into memory once per batch.
  private static func storedIDs(_ db: Database, instrumentNumber: Int64, idHash: ResponseIDHash) throws
    -> ResponseIDIndex
  {
    let from = "FROM response_block k JOIN batch b ON b.id = k.batch WHERE b.instrument = ?1"
    let expected =
      try Int.fetchOne(db, sql: "SELECT coalesce(sum(k.response_count), 0) \(from)", arguments: [instrumentNumber]) ?? 0
    var index = ResponseIDIndex(hash: idHash, expected: expected)
    let blocks = try RawStatement(db, sql: "SELECT k.id, k.response_count, k.ids \(from)")
    blocks.bind(1, instrumentNumber)
    while try blocks.step() {
      guard index.addStored(block: blocks.int64(0), count: Int(blocks.int64(1)), ids: blocks.bytes(2)) else {
        throw DatabaseError(resultCode: .SQLITE_CORRUPT)
      }
    }
    return index
  }

  /// The periods seen, with their labels and how many responses each holds.
  var periods: [(period: Period, label: String, responses: Int)] {
    blocks.builders.map { ($0.period, $0.label, $0.responses) }
  }

  /// Stores `response` as belonging to `period`, unless its id was loaded before for the instrument.
  ///
  /// Throws ``StoreError`` when the database fails, or when the response is not
  /// aligned with the instrument the batch was opened with (a carevoice bug).
  @discardableResult
  public func add(_ response: Response, period: Period) throws(StoreError) -> Addition {
    guard response.answers.count == instrument.questions.count,
      response.attributes.count == instrument.respondent.attributes.count
    else {
      throw StoreError.misaligned(
        responseID: response.id,
        reason: "\(response.answers.count) answers and \(response.attributes.count) attributes for "
          + "\(instrument.questions.count) questions and \(instrument.respondent.attributes.count) attributes")
    }
    var run = ResponseRun(instrument: instrument, capacity: 1)
    run.append(ReadResponse(response: response, hasErrors: false))
    return try add(run, at: 0, period: period)
  }

  /// Stores the response at `index` of `run` as belonging to `period`, unless its id was loaded before for the instrument.
  ///
  /// The run's attributes must be positions among the values of the instrument the batch was opened with.
  @discardableResult
  public func add(_ run: ResponseRun, at index: Int, period: Period) throws(StoreError) -> Addition {
    guard isOpen else {
      throw StoreError.misaligned(responseID: run.ids[index], reason: "it was added after its batch was committed")
    }
    guard run.questionCount == instrument.questions.count, run.attributeCount == instrument.respondent.attributes.count
    else {
      throw StoreError.misaligned(
        responseID: run.ids[index],
        reason: "\(run.questionCount) answers and \(run.attributeCount) attributes for "
          + "\(instrument.questions.count) questions and \(instrument.respondent.attributes.count) attributes")
    }
    let isNew: Bool
    do {
      var id = run.ids[index]
      isNew = try id.withUTF8 { utf8 in
        try blocks.add(
          run, at: index, id: UnsafeRawBufferPointer(utf8), period: period, storedIDs: storedIDs, table: table,
          batch: batchID)
      }
    } catch {
      throw StoreError.from(error, path: path)
    }
    counts.read += 1
    if isNew {
      counts.loaded += 1
      return .added
    }
    counts.duplicates += 1
    return .duplicate
  }

  /// Stands in `batch.sha256` until ``settle(digest:)`` gives the file's digest; unique to the batch, never committed.
  static var unsettledDigest: String { "unsettled \(UUID().uuidString)" }

  /// Gives the file's digest, worked out while its responses were read: the earlier batch of
  /// the same file for the instrument, which the caller then rolls this one back for, or nil.
  public func settle(digest: String) throws(StoreError) -> Batch? {
    do {
      if let earlier = try Store.batch(digest: digest, instrumentNumber: instrumentNumber, db) { return earlier }
      try db.execute(sql: "UPDATE batch SET sha256 = ? WHERE id = ?", arguments: [digest, batchID])
    } catch {
      throw StoreError.from(error, path: path)
    }
    isSettled = true
    return nil
  }

  /// Gets ready to add the responses of `run`, storing nothing.
  ///
  /// It looks up where their ids would be all at once, which spares each add a cache miss.
  public func prepare(for run: ResponseRun) {
    blocks.warm(for: run)
  }

  /// Counts responses the caller left out because they had errors.
  public func countRejected(_ count: Int = 1) {
    counts.rejected += count
    counts.read += count
  }

  /// Writes every block still open; called once, before the batch is committed.
  func writeOpenBlocks() throws {
    try blocks.writeAll(to: table, batch: batchID)
  }
}
