import Foundation
import SurveyFormats

/// The first half of reading a CSV export, on a thread of its own: scanning its rows, reading their cells and
/// gathering them into responses.
///
/// A load has two cores and four jobs. This stage makes a ``ResponseRun`` of every row
/// it can finish alone. A row it cannot — one with a problem to report, one without an id
/// of its own, one that repeats the header — gets a placeholder, and its fields go with
/// the run: ``TableResponseReader`` reads those rows again on its own thread, in file
/// order, with everything that depends on that order (repeated ids, the numbering of
/// digest ids, diagnostics). So a load reads exactly what it read on one thread.
final class CSVCellStage: @unchecked Sendable {
  /// A row left to the reader's thread, and why.
  struct PendingRow: Sendable {
    /// Its place in the run, which holds a placeholder for it.
    var index: Int
    var line: Int
    var isDamaged: Bool
    var fields: [String]
  }

  /// The responses of a run of rows, with the rows still to be read.
  struct Chunk: Sendable {
    var run: ResponseRun
    var pending: [PendingRow] = []
    /// How far into the file the reader had got after the last row.
    var bytesRead = 0
  }

  static let chunkSize = 512
  /// Chunks that may wait to be taken: at 4 the threads waited on each other, and a load took 5% longer.
  static let capacity = 16

  let handoff = Handoff<Chunk>(capacity: CSVCellStage.capacity)
  private let csv: CSVReader
  /// These two are copied into the thread that reads, where they are locals: as properties of this class,
  /// every access would be checked for exclusivity.
  private let cells: RememberingCellReader
  private let assembly: ResponseAssembly
  private let active: [(column: Int, role: ColumnRole)]
  private let headerRow: [String]
  private let firstHeading: [UInt8]

  /// `active` are the columns with a role, in column order.
  init(
    csv: CSVReader, cells: RememberingCellReader, assembly: ResponseAssembly,
    active: [(column: Int, role: ColumnRole)], headerRow: [String]
  ) {
    self.csv = csv
    self.cells = cells
    self.assembly = assembly
    self.active = active
    self.headerRow = headerRow
    firstHeading = Array(headerRow.first?.utf8 ?? "".utf8)
  }

  /// Starts reading on a thread of its own; the rows come out of ``handoff``.
  func start() {
    let thread = Thread { [self] in
      var chunk = newChunk()
      var cells = self.cells
      var assembly = self.assembly
      var words = Words()
      do {
        try csv.forEachRow { row in
          read(row, cells: &cells, assembly: &assembly, words: &words, into: &chunk)
          if chunk.run.count == CSVCellStage.chunkSize {
            chunk.bytesRead = csv.bytesRead
            try handoff.send(chunk)
            chunk = newChunk()
          }
        }
        chunk.bytesRead = csv.bytesRead
        if !chunk.run.isEmpty { try handoff.send(chunk) }
        handoff.finish()
      } catch {
        // The rows read before a failure still count, as they did when one thread read everything.
        chunk.bytesRead = csv.bytesRead
        if !(error is Handoff<Chunk>.Abandoned), !chunk.run.isEmpty { try? handoff.send(chunk) }
        handoff.finish(throwing: error)
      }
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  private func newChunk() -> Chunk {
    Chunk(run: ResponseRun(instrument: assembly.vocabulary.instrument, capacity: CSVCellStage.chunkSize))
  }

  private func read(
    _ row: CSVRowView, cells: inout RememberingCellReader, assembly: inout ResponseAssembly, words: inout Words,
    into chunk: inout Chunk
  ) {
    let location = SourceLocation(file: csv.name, line: row.line)
    if row.count == headerRow.count, row.withField(0, { $0.elementsEqual(firstHeading) }), row.fields == headerRow {
      leave(row, at: location, in: &chunk)
      return
    }
    assembly.reset()
    words.removeAll()
    for (column, role) in active {
      guard column < row.count else { break }
      let code = row.withField(column) { bytes in cells.read(bytes, as: role, column: column, words: &words) }
      if case .unread = code {
        leave(row, at: location, in: &chunk)
        return
      }
      assembly.apply(code, as: role, words: words)
    }
    guard assembly.hasOwnID else {
      leave(row, at: location, in: &chunk)
      return
    }
    // A row with nothing to report: the only diagnostics for it are the CSV reader's own.
    var none: [Diagnostic] = []
    _ = assembly.finish(
      fallbackID: nil, location: location, isDamaged: row.isDamaged, diagnostics: &none, into: &chunk.run)
  }

  /// Leaves the row to the reader's thread, holding its place with a placeholder.
  private func leave(_ row: CSVRowView, at location: SourceLocation, in chunk: inout Chunk) {
    chunk.pending.append(
      PendingRow(index: chunk.run.count, line: row.line, isDamaged: row.isDamaged, fields: row.fields))
    chunk.run.appendPlaceholder(at: location)
  }
}
