/// The readings of the cell texts a column has already shown, so each distinct text is read once.
///
/// A column of a million answers holds a handful of distinct texts ("Yes", "No",
/// "2025-07-01"); remembering them by their bytes spares a `String`, a trim and a
/// name lookup per cell. Free text and ids are never remembered (see
/// ``RememberedReading/isWorthRemembering``), and a column stops remembering after
/// ``limit`` distinct texts.
struct CellMemory<Reading: RememberedReading> {
  static var limit: Int { 4096 }

  private var table = ByteTable<Reading>()

  /// The reading of a cell with these bytes, if one was remembered.
  func reading(of bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
    table.value(for: bytes)
  }

  /// Remembers the reading of a cell with these bytes, while there is room.
  mutating func remember(_ reading: Reading, for bytes: UnsafeBufferPointer<UInt8>) {
    guard reading.isWorthRemembering, table.count < CellMemory.limit else { return }
    table.set(reading, for: bytes)
  }
}

/// A reading that a ``CellMemory`` can keep for every cell with the same bytes.
protocol RememberedReading {
  /// False for readings that belong to one cell alone: ids, free text, and codes that point at a cell's words.
  var isWorthRemembering: Bool { get }
}

extension CellReading: RememberedReading {}
extension CellCode: RememberedReading {}
