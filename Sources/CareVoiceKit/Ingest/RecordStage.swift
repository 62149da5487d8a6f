import Foundation
import SurveyFormats

/// The first half of reading an XML export, on a thread of its own: parsing it into records.
///
/// libxml2's parse and the building of records take about as long as everything after
/// them — reading each field for its role, gathering the responses, checking their ids —
/// so ``RecordResponseReader`` runs this stage beside its own thread and takes the
/// records in document order through a ``Handoff``. Everything that depends on order
/// stays on that thread, so a load reads exactly what it read on one thread.
///
/// The stage owns the record source while it runs; ``finish()`` stops it and hands the
/// source back, with the diagnostics it gathered.
final class RecordStage<Records: RecordSource & SendableMetatype>: @unchecked Sendable {
  /// One record, the file it came from (a folder of submissions names each one) and how far reading had got.
  struct Read: Sendable {
    var record: Record
    var file: String
    var bytesRead: Int
  }

  let handoff = Handoff<[Read]>(capacity: 4)
  /// Touched only by the stage's thread from ``start()`` until ``finish()``.
  private var records: Records

  init(records: Records) {
    self.records = records
  }

  /// Starts parsing on a thread of its own; the records come out of ``handoff`` in runs of 512.
  func start() {
    let thread = Thread { [self] in parse() }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// The stage's thread: every record, in runs, then the source handed back.
  private func parse() {
    // A local: as a property of this class every access would be checked for exclusivity.
    var records = self.records
    var chunk: [Read] = []
    do {
      while let record = try records.next() {
        if chunk.isEmpty { chunk.reserveCapacity(512) }
        chunk.append(Read(record: record, file: records.name, bytesRead: records.bytesRead))
        if chunk.count == 512 {
          try handoff.send(chunk)
          chunk = []
        }
      }
      if !chunk.isEmpty { try handoff.send(chunk) }
      // Handed back before finishing: once finished, the other thread may take it.
      self.records = records
      handoff.finish()
    } catch {
      // The records read before a failure still count, as they did when one thread read everything.
      if !(error is Handoff<[Read]>.Abandoned), !chunk.isEmpty { try? handoff.send(chunk) }
      self.records = records
      handoff.finish(throwing: error)
    }
  }

  /// Stops the stage if it is still parsing, waits for its thread to let go, and returns the source as it left it.
  func finish() -> Records {
    handoff.abandon()
    handoff.waitUntilFinished()
    return records
  }
}
