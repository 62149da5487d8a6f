/// Reads the fields of XML records, remembering per field path its role and what each distinct value said.
///
/// The records of one export repeat the same fields in the same order, so a path is
/// first compared with the one met at the same position of the last record: a string
/// comparison that, for paths from one document, finds the same storage and ends at
/// once. Only a new or moved path is hashed. As in ``RememberingCellReader``, ids and
/// free-text answers skip the value memory, whose readings are never remembered anyway.
struct RememberingFieldReader {
  /// What is known of one field path: its role, and the readings of the values it has shown.
  private struct KnownPath {
    var path: String
    var role: ColumnRole?
    var remembers: Bool
    var memory = CellMemory<CellReading>()
  }

  let cells: CellReader
  private var known: [KnownPath] = []
  private var numbers: [String: Int] = [:]
  /// For each position in a record, the number of the path met there last.
  private var lastAtPosition: [Int] = []

  init(cells: CellReader) {
    self.cells = cells
  }

  /// The number of a path met before, or nil for a new one, which ``add(_:role:at:)`` then numbers.
  mutating func number(of path: String, at position: Int) -> Int? {
    if position < lastAtPosition.count {
      let guess = lastAtPosition[position]
      if known[guess].path == path { return guess }
    }
    guard let number = numbers[path] else { return nil }
    place(number, at: position)
    return number
  }

  /// Numbers a new path, with the role worked out for it (nil: the field is left out).
  mutating func add(_ path: String, role: ColumnRole?, at position: Int) -> Int {
    let remembers: Bool
    switch role {
    case .respondentID?, .toolResponseID?: remembers = false
    case .answer(let question)?: remembers = cells.vocabulary.instrument.questions[question].type != .text
    default: remembers = true
    }
    let number = known.count
    known.append(KnownPath(path: path, role: role, remembers: remembers))
    numbers[path] = number
    place(number, at: position)
    return number
  }

  /// The role of a numbered path; nil when its field is left out.
  func role(of number: Int) -> ColumnRole? {
    known[number].role
  }

  /// What a value of a numbered path says for its role: remembered from an earlier value with the same bytes, or read now.
  mutating func read(_ value: String, as role: ColumnRole, path number: Int) -> CellReading {
    guard known[number].remembers else { return cells.read(value, as: role) }
    var text = value
    return text.withUTF8 { bytes in
      if let reading = known[number].memory.reading(of: bytes) { return reading }
      let reading = cells.read(value, as: role)
      known[number].memory.remember(reading, for: bytes)
      return reading
    }
  }

  private mutating func place(_ number: Int, at position: Int) {
    if position >= lastAtPosition.count {
      lastAtPosition += repeatElement(number, count: position + 1 - lastAtPosition.count)
    }
    lastAtPosition[position] = number
  }
}
