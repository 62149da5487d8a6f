import Foundation
import SurveyFormats

/// The first half of reading a CSV export, on a thread of its own: scanning its rows and reading their cells.
///
/// A load has two cores and three jobs. Scanning and reading cells takes about as long
/// as the rest — gathering the readings into responses, checking their ids, storing
/// them — so ``TableResponseReader`` runs this stage beside its own thread, which takes
/// the cells' codes in file order through a ``Handoff``. Everything that depends on the
/// order of the rows (repeated ids, the numbering of digest ids, diagnostics) stays on
/// that thread, so a load reads exactly what it read on one thread.
final class CSVCellStage: @unchecked Sendable {
  /// One row as this stage read it.
  struct Row: Sendable {
    var line: Int
    var isDamaged: Bool
    /// The row repeats the header row: none of its cells were read.
    var isRepeatedHeader: Bool
    /// How many of the active columns were read: those the row is wide enough for, a prefix since they are in column order.
    var readings: Int
    /// The row's fields, only where a response id must be made from them: the row has no id of its own.
    var fields: [String]?
    /// How far into the file the reader had got after this row.
    var bytesRead: Int
  }

  /// A run of rows and the codes of their cells, one after another, with the words the codes point at.
  struct Chunk: Sendable {
    var rows: [Row] = []
    var codes: [CellCode] = []
    var words = Words()
  }

  static let chunkSize = 512
  /// Chunks that may wait to be taken: at 4 the threads waited on each other, and a load took 5% longer.
  static let capacity = 16

  let handoff = Handoff<Chunk>(capacity: CSVCellStage.capacity)
  private let csv: CSVReader
  /// Copied into the thread that reads, where it is a local: as a property of this class every access would be checked for exclusivity.
  private let cells: RememberingCellReader
  private let active: [(column: Int, role: ColumnRole)]
  private let headerRow: [String]
  private let firstHeading: [UInt8]

  /// `active` are the columns with a role, in column order.
  init(csv: CSVReader, cells: RememberingCellReader, active: [(column: Int, role: ColumnRole)], headerRow: [String]) {
    self.csv = csv
    self.cells = cells
    self.active = active
    self.headerRow = headerRow
    firstHeading = Array(headerRow.first?.utf8 ?? "".utf8)
  }

  /// Starts reading on a thread of its own; the rows come out of ``handoff``.
  func start() {
    let thread = Thread { [self] in
      var chunk = Chunk()
      var cells = self.cells
      do {
        try csv.forEachRow { row in
          read(row, with: &cells, into: &chunk)
          if chunk.rows.count == CSVCellStage.chunkSize {
            try handoff.send(chunk)
            chunk = Chunk()
          }
        }
        if !chunk.rows.isEmpty { try handoff.send(chunk) }
        handoff.finish()
      } catch {
        // The rows read before a failure still count, as they did when one thread read everything.
        if !(error is Handoff<Chunk>.Abandoned), !chunk.rows.isEmpty { try? handoff.send(chunk) }
        handoff.finish(throwing: error)
      }
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  private func read(_ row: CSVRowView, with cells: inout RememberingCellReader, into chunk: inout Chunk) {
    if chunk.rows.isEmpty {
      chunk.rows.reserveCapacity(CSVCellStage.chunkSize)
      chunk.codes.reserveCapacity(CSVCellStage.chunkSize * active.count)
    }
    if row.count == headerRow.count, row.withField(0, { $0.elementsEqual(firstHeading) }), row.fields == headerRow {
      chunk.rows.append(
        Row(
          line: row.line, isDamaged: row.isDamaged, isRepeatedHeader: true, readings: 0, fields: row.fields,
          bytesRead: csv.bytesRead))
      return
    }
    var count = 0
    var hasID = false
    for (column, role) in active {
      guard column < row.count else { break }
      let code = row.withField(column) { bytes in cells.read(bytes, as: role, column: column, words: &chunk.words) }
      if case .identifier(.some) = code { hasID = true }
      chunk.codes.append(code)
      count += 1
    }
    chunk.rows.append(
      Row(
        line: row.line, isDamaged: row.isDamaged, isRepeatedHeader: false, readings: count,
        fields: hasID ? nil : row.fields, bytesRead: csv.bytesRead))
  }
}
