import Foundation
import GRDB

/// Which batches of an instrument a read visits, how each one's stored answers map to the current definition, and which of its periods are wanted.
struct ScanPlan {
  /// One batch to read.
  struct Entry {
    let id: Int64
    let source: String
    let mapping: SnapshotMapping
    /// The batch's periods: the label bytes as stored, the period, and whether the caller asked for it.
    let periods: [(label: [UInt8], period: Period, isWanted: Bool)]

    /// The period of a row whose stored label is `label`, and whether it is wanted; nil for an unknown label.
    func period(labelled label: UnsafeRawBufferPointer) -> (period: Period, isWanted: Bool)? {
      for entry in periods where entry.label.elementsEqual(label) { return (entry.period, entry.isWanted) }
      return nil
    }
  }

  let instrument: Instrument
  let entries: [Entry]

  /// The plan for reading `instrument`'s responses in `periods` (all periods when nil).
  ///
  /// A stored period is wanted when it lies within one of the periods asked for, so
  /// asking for `2025-26` reads the batches labelled `2025-26 Q1` to `2025-26 Q4`.
  init(instrument: Instrument, periods wanted: [Period]?, _ db: Database) throws {
    self.instrument = instrument
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT b.id, b.source, v.id, v.definition,
          (SELECT json_group_array(period) FROM batch_period WHERE batch = b.id) AS periods
        FROM batch b JOIN instrument i ON i.id = b.instrument JOIN instrument_version v ON v.id = b.instrument_version
        WHERE i.name = ? ORDER BY b.id
        """, arguments: [instrument.id])
    var mappings: [Int64: SnapshotMapping] = [:]
    var entries: [Entry] = []
    for row in rows {
      let labels = try JSONDecoder().decode([String].self, from: Data((row[4] as String).utf8))
      let periods = labels.compactMap { label in
        Period(label: label).map { period in
          (Array(label.utf8), period, wanted?.contains { $0.start <= period.start && period.end <= $0.end } ?? true)
        }
      }
      guard periods.contains(where: { $0.2 }) else { continue }
      let versionID: Int64 = row[2]
      if mappings[versionID] == nil {
        let definition: String = row[3]
        let stored = try JSONDecoder().decode(Instrument.self, from: Data(definition.utf8))
        mappings[versionID] = SnapshotMapping(stored: stored, current: instrument)
      }
      guard let mapping = mappings[versionID] else { continue }
      entries.append(Entry(id: row[0], source: row[1], mapping: mapping, periods: periods))
    }
    self.entries = entries
  }
}
