/// Reads the cells of a table's columns as ``CellCode``s, remembering per column what each distinct cell text said.
///
/// Ids and free-text answers are never remembered: their codes point at the cell's own
/// words. Their bytes go straight into the words, trimmed, without a `String` — unless
/// the cell may be a dialect's marker or starts or ends with a non-ASCII character,
/// which is read the slow way.
struct RememberingCellReader {
  /// How a column's cells are read.
  private enum Way {
    /// Through the column's memory.
    case remembered
    /// As an id: its trimmed bytes.
    case identifier
    /// As a free-text answer with no marker to look for: its trimmed bytes, or skipped when there are none.
    case text
    /// Read each time from its `String`.
    case unremembered
  }

  let cells: CellReader
  private var memories: [CellMemory<CellCode>]
  private let ways: [Way]

  init(cells: CellReader, roles: [ColumnRole?]) {
    self.cells = cells
    memories = Array(repeating: CellMemory(), count: roles.count)
    let answers = cells.answers
    let hasMarkers = !answers.notShownMarkers.isEmpty || !answers.skippedMarkers.isEmpty
    ways = roles.map { role in
      switch role {
      case .respondentID?, .toolResponseID?: return .identifier
      case .answer(let question)?:
        guard cells.vocabulary.instrument.questions[question].type == .text else { return .remembered }
        return hasMarkers ? .unremembered : .text
      default: return .remembered
      }
    }
  }

  /// What a cell says for its role: remembered from an earlier cell with the same bytes, or read now,
  /// keeping any words it points at in `words`.
  mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, as role: ColumnRole, column: Int, words: inout Words
  ) -> CellCode {
    switch ways[column] {
    case .remembered:
      if let known = memories[column].reading(of: bytes) { return known }
      let code = readString(bytes, as: role, words: &words)
      memories[column].remember(code, for: bytes)
      return code
    case .identifier:
      guard let trimmed = RememberingCellReader.trimmedASCII(bytes) else { break }
      return .identifier(word: trimmed.isEmpty ? nil : words.append(trimmed))
    case .text:
      guard let trimmed = RememberingCellReader.trimmedASCII(bytes) else { break }
      return .answer(trimmed.isEmpty ? .skipped : .text(index: words.append(trimmed)))
    case .unremembered:
      break
    }
    return readString(bytes, as: role, words: &words)
  }

  private func readString(_ bytes: UnsafeBufferPointer<UInt8>, as role: ColumnRole, words: inout Words) -> CellCode {
    let cell = String(decoding: bytes, as: UTF8.self)
    return CellCode(cells.read(cell, as: role), cell: cell, words: &words)
  }

  /// The bytes without ASCII white space round them, as `String.trimmed` takes off; nil when what is left
  /// starts or ends with a non-ASCII byte, which may be a Unicode space only the slow way trims.
  private static func trimmedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    var start = 0
    var end = bytes.count
    while start < end, String.isSpace(bytes[start]) { start += 1 }
    while end > start, String.isSpace(bytes[end - 1]) { end -= 1 }
    guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else { return nil }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}
