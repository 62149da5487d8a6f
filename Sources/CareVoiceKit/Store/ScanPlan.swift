import Foundation
import GRDB
import SurveyFormats

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

/// The answers that could not be read as answers to the current definition, counted for one warning each.
struct LossReport {
  private struct Key: Hashable {
    let batch: Int64
    let question: Int
    let loss: SnapshotMapping.Loss
  }

  private var counts: [Key: (count: Int, line: Int, source: String, mapping: SnapshotMapping)] = [:]
  /// The keys in the order first seen.
  private var order: [Key] = []

  mutating func record(_ loss: SnapshotMapping.Loss, question: Int, line: Int, in entry: ScanPlan.Entry) {
    let key = Key(batch: entry.id, question: question, loss: loss)
    if let seen = counts[key] {
      counts[key] = (seen.count + 1, seen.line, seen.source, seen.mapping)
    } else {
      counts[key] = (1, line, entry.source, entry.mapping)
      order.append(key)
    }
  }

  /// One warning per batch, question and lost option, at the first response concerned, in batch and question order.
  func diagnostics(instrument: Instrument) -> [Diagnostic] {
    let sorted = order.enumerated().sorted { lhs, rhs in
      (lhs.element.batch, lhs.element.question, lhs.offset) < (rhs.element.batch, rhs.element.question, rhs.offset)
    }
    return sorted.compactMap { _, key in
      guard let seen = counts[key] else { return nil }
      let question = seen.mapping.stored.questions[key.question]
      let answers = seen.count == 1 ? "1 answer" : "\(seen.count) answers"
      let name = "\"\(question.text)\" (\(question.id))"
      let message: String
      switch key.loss {
      case .option(let position):
        let option = position < question.options.count ? question.options[position] : Option(value: "#\(position)")
        message =
          "\(answers) to \(name) in batch \(key.batch) chose \"\(option.label)\" (\(option.value)), which the "
          + "definition of \(instrument.id) no longer lists; they count as not shown — "
          + "add the option back to the definition to count them"
      case .changedType:
        let now = seen.mapping.kinds[key.question].rawValue
        message =
          "\(answers) to \(name) in batch \(key.batch) were given to a \(question.type.rawValue) question, "
          + "which is now a \(now) question; they count as not shown — "
          + "give the question a new id if it now asks something else"
      }
      return .warning(at: SourceLocation(file: seen.source, line: seen.line), message)
    }
  }
}
