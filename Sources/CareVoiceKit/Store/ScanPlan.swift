import Foundation
import GRDB

/// Which blocks of an instrument's batches a read visits, and how each batch's stored answers map to the current definition.
struct ScanPlan {
  /// One batch to read.
  struct Entry {
    let id: Int64
    let source: String
    let mapping: SnapshotMapping
    /// The batch's blocks in the periods asked for: earliest period first, each period's in the order written.
    let blocks: [(id: Int64, period: Period)]
  }

  let instrument: Instrument
  let entries: [Entry]

  /// The plan for reading `instrument`'s responses in `periods` (all periods when nil).
  ///
  /// A stored period is wanted when it lies within one of the periods asked for, so
  /// asking for `2025-26` reads the blocks of `2025-26 Q1` to `2025-26 Q4`.
  init(instrument: Instrument, periods wanted: [Period]?, _ db: Database) throws {
    self.instrument = instrument
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT b.id, b.source, v.id, v.definition
        FROM batch b JOIN instrument i ON i.id = b.instrument JOIN instrument_version v ON v.id = b.instrument_version
        WHERE i.name = ? ORDER BY b.id
        """, arguments: [instrument.id])
    var mappings: [Int64: SnapshotMapping] = [:]
    var entries: [Entry] = []
    for row in rows {
      let batch: Int64 = row[0]
      let blocks = try Row.fetchAll(
        db, sql: "SELECT id, period FROM response_block WHERE batch = ? ORDER BY id", arguments: [batch]
      )
      .map { block -> (id: Int64, period: Period) in
        guard let period = Period(label: block[1]) else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
        return (block[0], period)
      }
      .filter { block in wanted?.contains { $0.start <= block.period.start && block.period.end <= $0.end } ?? true }
      guard !blocks.isEmpty else { continue }
      let versionID: Int64 = row[2]
      if mappings[versionID] == nil {
        let definition: String = row[3]
        let stored = try JSONDecoder().decode(Instrument.self, from: Data(definition.utf8))
        mappings[versionID] = SnapshotMapping(stored: stored, current: instrument)
      }
      guard let mapping = mappings[versionID] else { continue }
      let ordered = blocks.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
      entries.append(Entry(id: batch, source: row[1], mapping: mapping, blocks: ordered.map(\.element)))
    }
    self.entries = entries
  }
}
