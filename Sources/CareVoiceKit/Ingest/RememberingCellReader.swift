/// Reads the cells of a table's columns, remembering per column what each distinct cell text said.
///
/// Columns of ids and of free-text answers skip the memory altogether: their readings
/// are never remembered (``CellReading/isWorthRemembering``), so looking a cell up
/// there only costs a hash of its bytes, and the reading is the same without it.
struct RememberingCellReader {
  let cells: CellReader
  private var memories: [CellMemory]
  /// Whether the column's readings may be remembered, by column.
  private let remembers: [Bool]

  init(cells: CellReader, roles: [ColumnRole?]) {
    self.cells = cells
    memories = Array(repeating: CellMemory(), count: roles.count)
    remembers = roles.map { role in
      switch role {
      case .respondentID?, .toolResponseID?: return false
      case .answer(let question)?: return cells.vocabulary.instrument.questions[question].type != .text
      default: return true
      }
    }
  }

  /// What a cell says for its role: remembered from an earlier cell with the same bytes, or read now.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, as role: ColumnRole, column: Int, text: () -> String
  ) -> CellReading {
    guard remembers[column] else { return cells.read(text(), as: role) }
    if let known = memories[column].reading(of: bytes) { return known }
    let reading = cells.read(text(), as: role)
    memories[column].remember(reading, for: bytes)
    return reading
  }
}
