/// Reads the cells of a table's columns as ``CellCode``s, remembering per column what each distinct cell text said.
///
/// Columns of ids and of free-text answers skip the memory altogether: their codes
/// point at the cell's own words and are never remembered
/// (``RememberedReading/isWorthRemembering``), so looking a cell up there only costs a
/// hash of its bytes, and the code is the same without it.
struct RememberingCellReader {
  let cells: CellReader
  private var memories: [CellMemory<CellCode>]
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

  /// What a cell says for its role: remembered from an earlier cell with the same bytes, or read now,
  /// keeping any words it points at in `words`.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, as role: ColumnRole, column: Int, words: inout [String]
  ) -> CellCode {
    if remembers[column], let known = memories[column].reading(of: bytes) { return known }
    let cell = String(decoding: bytes, as: UTF8.self)
    let code = CellCode(cells.read(cell, as: role), cell: cell, words: &words)
    if remembers[column] { memories[column].remember(code, for: bytes) }
    return code
  }
}
