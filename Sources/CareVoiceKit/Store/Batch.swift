import Foundation
import GRDB

/// One loaded file: what it was, when it was loaded, for which instrument and period, and what came of its responses.
public struct Batch: Sendable, Hashable, Codable {
  /// The batch number `carevoice batches` shows and `carevoice unload` takes; never reused.
  public var id: Int64
  /// The instrument's id.
  public var instrument: String
  /// The definition's digest (``Instrument/version``) when the batch was loaded.
  public var instrumentVersion: String
  /// The period label (`2025-26 Q1`), or `FIRST to LAST` when the responses span several periods.
  public var period: String?
  /// The periods its responses belong to, sorted.
  public var periods: [Period]
  /// The file name as it was given to `load`.
  public var source: String
  /// The dialect the file was read as (`surveymonkey`, `odk`, ...).
  public var dialect: String
  /// The SHA-256 of the file's bytes, in lowercase hex.
  public var digest: String
  /// What happened to its responses.
  public var counts: BatchCounts
  /// When the batch was loaded, ISO 8601 in UTC (`2025-07-14T09:30:00Z`).
  public var loadedAt: String

  /// A batch as stored.
  public init(
    id: Int64, instrument: String, instrumentVersion: String, period: String?, periods: [Period], source: String,
    dialect: String, digest: String, counts: BatchCounts, loadedAt: String
  ) {
    self.id = id
    self.instrument = instrument
    self.instrumentVersion = instrumentVersion
    self.period = period
    self.periods = periods
    self.source = source
    self.dialect = dialect
    self.digest = digest
    self.counts = counts
    self.loadedAt = loadedAt
  }

  /// The label of a batch whose responses fall in `periods`: one label, or the first and last joined by "to".
  static func label(of periods: [Period]) -> String? {
    guard let first = periods.first, let last = periods.last else { return nil }
    return first == last ? first.description : "\(first) to \(last)"
  }
}

/// What happened to the responses of one file.
public struct BatchCounts: Sendable, Hashable, Codable {
  /// Responses read from the file: loaded + duplicates + rejected.
  public var read: Int
  /// Responses stored.
  public var loaded: Int
  /// Responses skipped because their id had been loaded before for the instrument.
  public var duplicates: Int
  /// Responses left out because they had errors (`--on-error skip`).
  public var rejected: Int

  /// Counts, zero unless given.
  public init(read: Int = 0, loaded: Int = 0, duplicates: Int = 0, rejected: Int = 0) {
    self.read = read
    self.loaded = loaded
    self.duplicates = duplicates
    self.rejected = rejected
  }
}

/// The result of ``Store/loadBatch(_:_:)``.
public enum LoadResult: Sendable, Hashable {
  /// The batch was stored.
  case loaded(Batch)
  /// A file with the same bytes had been loaded for the instrument; nothing was read or stored.
  case alreadyLoaded(Batch)
  /// The caller chose to roll back: nothing of the batch was stored.
  case rolledBack(BatchCounts)
}

extension Batch {
  /// The columns ``init(row:)`` reads, over `batch b JOIN instrument i JOIN instrument_version v`.
  static let selection = """
    SELECT b.id, i.name, v.version, b.period, b.source, b.dialect, b.sha256,
      b.read_count, b.loaded_count, b.duplicate_count, b.rejected_count, b.loaded_at,
      (SELECT json_group_array(period) FROM batch_period WHERE batch = b.id) AS periods
    FROM batch b JOIN instrument i ON i.id = b.instrument JOIN instrument_version v ON v.id = b.instrument_version
    """

  init(row: Row) {
    let periodsJSON: String = row["periods"] ?? "[]"
    let labels = (try? JSONDecoder().decode([String].self, from: Data(periodsJSON.utf8))) ?? []
    self.init(
      id: row[0], instrument: row[1], instrumentVersion: row[2], period: row[3],
      periods: labels.compactMap(Period.init(label:)).sorted(), source: row[4], dialect: row[5], digest: row[6],
      counts: BatchCounts(read: row[7], loaded: row[8], duplicates: row[9], rejected: row[10]), loadedAt: row[11])
  }
}
