import Foundation
import SurveyFormats

/// The first half of reading a CSV export, on threads of its own: scanning its rows, reading their cells and
/// gathering them into responses.
///
/// One thread scans the file and copies its rows out a chunk at a time; ``workers``
/// threads take the chunks in turn, and each makes a ``ResponseRun`` of every row it can
/// finish alone. A row it cannot — one with a problem to report, one without an id
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
  /// A chunk is also sent once its rows hold this many bytes, so that wide rows (a 4 KB column the instrument
  /// does not read, say) cannot fill memory: the queues hold chunks, not bytes.
  static let chunkBytes = 256 << 10
  /// Threads that read rows, each a chunk in turn: scanning alone kept one core busy while the other waited.
  static let workers = 2
  /// Chunks that may wait between two threads: at 4 the threads waited on each other, and a load took 5% longer.
  static let capacity = 8

  /// Rows copied by the scanning thread, for worker `k` to read: chunk `i` goes to worker `i % workers`.
  private let inputs: [Handoff<CopiedRows>]
  /// What each worker has read, taken back in the same turn so the chunks come out in file order.
  private let outputs: [Handoff<Chunk>]
  /// The chunk ``receive()`` gives next; only the receiving thread touches it.
  private var received = 0
  private let csv: CSVReader
  /// Copied into each worker thread, where it is a local: read through this class, every access would be
  /// checked for exclusivity, and the arrays it shares counted up and down by both workers, row after row.
  private let rowReader: RowReader

  /// A chunk of rows copied out of the reader, and how far into the file it had got.
  private struct CopiedRows: Sendable {
    var rows = CSVRows()
    var bytesRead = 0
  }

  /// `active` are the columns with a role, in column order.
  init(
    csv: CSVReader, cells: RememberingCellReader, assembly: ResponseAssembly,
    active: [(column: Int, role: ColumnRole)], headerRow: [String]
  ) {
    self.csv = csv
    rowReader = RowReader(
      cells: cells, assembly: assembly, active: active, headerRow: headerRow,
      firstHeading: Array(headerRow.first?.utf8 ?? "".utf8), name: csv.name)
    inputs = (0..<CSVCellStage.workers).map { _ in Handoff(capacity: CSVCellStage.capacity) }
    outputs = (0..<CSVCellStage.workers).map { _ in Handoff(capacity: CSVCellStage.capacity) }
  }

  /// Starts scanning on one thread and reading on ``workers`` others; the chunks come out of ``receive()``.
  func start() {
    for worker in 0..<CSVCellStage.workers { startWorker(worker) }
    let thread = Thread { [self] in
      var copied = CopiedRows()
      var sent = 0
      do {
        try csv.forEachRow { row in
          copied.rows.append(row)
          if copied.rows.count == CSVCellStage.chunkSize || copied.rows.byteCount >= CSVCellStage.chunkBytes {
            copied.bytesRead = csv.bytesRead
            try inputs[sent % CSVCellStage.workers].send(copied)
            sent += 1
            copied = CopiedRows()
          }
        }
        copied.bytesRead = csv.bytesRead
        if !copied.rows.isEmpty { try inputs[sent % CSVCellStage.workers].send(copied) }
        for input in inputs { input.finish() }
      } catch {
        // The rows read before a failure still count, as they did when one thread read everything.
        copied.bytesRead = csv.bytesRead
        if !(error is Handoff<CopiedRows>.Abandoned), !copied.rows.isEmpty {
          try? inputs[sent % CSVCellStage.workers].send(copied)
        }
        for input in inputs { input.finish(throwing: error) }
      }
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// The next chunk in file order; nil after the last, or the error that stopped the scanning.
  func receive() throws -> Chunk? {
    defer { received += 1 }
    return try outputs[received % CSVCellStage.workers].receive()
  }

  /// Stops every thread of the stage, and returns once none uses the CSV reader.
  func stop() {
    for output in outputs { output.abandon() }
    for input in inputs { input.abandon() }
    for output in outputs { output.waitUntilFinished() }
    for input in inputs { input.waitUntilFinished() }
  }

  /// Reads the chunks of rows sent to worker `worker`, in the order sent.
  private func startWorker(_ worker: Int) {
    let thread = Thread { [self] in
      let input = inputs[worker]
      let output = outputs[worker]
      var reader = rowReader
      do {
        while let copied = try input.receive() {
          var chunk = Chunk(run: ResponseRun(instrument: reader.instrument, capacity: CSVCellStage.chunkSize))
          for index in 0..<copied.rows.count {
            copied.rows.withRow(index) { reader.read($0, into: &chunk) }
          }
          chunk.bytesRead = copied.bytesRead
          try output.send(chunk)
        }
        output.finish()
      } catch {
        // Abandoned by the receiving side: the scanner is told to stop too.
        input.abandon()
        output.finish(throwing: error)
      }
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// What a worker needs to read rows into runs; each worker has its own copy.
  private struct RowReader {
    var cells: RememberingCellReader
    var assembly: ResponseAssembly
    let active: [(column: Int, role: ColumnRole)]
    let headerRow: [String]
    let firstHeading: [UInt8]
    /// The file's name, for the responses' locations.
    let name: String
    /// The words of the row being read.
    var words = Words()

    var instrument: Instrument { assembly.vocabulary.instrument }

    /// Adds the row's response to the chunk's run, or a placeholder and the row, left to the reader's thread.
    mutating func read(_ row: CSVRowView, into chunk: inout Chunk) {
      if row.count == headerRow.count, row.withField(0, { $0.elementsEqual(firstHeading) }), row.fields == headerRow {
        leave(row, in: &chunk)
        return
      }
      assembly.reset()
      words.removeAll()
      for (column, role) in active {
        guard column < row.count else { break }
        let code = row.withField(column) { bytes in cells.read(bytes, as: role, column: column, words: &words) }
        if case .unread = code {
          leave(row, in: &chunk)
          return
        }
        assembly.apply(code, as: role, words: words)
      }
      guard assembly.hasOwnID else {
        leave(row, in: &chunk)
        return
      }
      // A row with nothing to report: the only diagnostics for it are the CSV reader's own.
      var none: [Diagnostic] = []
      assembly.finish(
        fallbackID: nil, file: name, line: row.line, isDamaged: row.isDamaged, diagnostics: &none, into: &chunk.run)
    }

    /// Leaves the row to the reader's thread, holding its place with a placeholder.
    private func leave(_ row: CSVRowView, in chunk: inout Chunk) {
      chunk.pending.append(
        PendingRow(index: chunk.run.count, line: row.line, isDamaged: row.isDamaged, fields: row.fields))
      chunk.run.appendPlaceholder(file: name, line: row.line)
    }
  }
}
