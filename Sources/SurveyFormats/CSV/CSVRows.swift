/// Rows copied out of a ``CSVReader``'s buffer, so that another thread can read them while the reader scans on.
///
/// Each row's fields are copied in one piece, from its first field's start to its last
/// field's end, and lent back as a ``CSVRowView`` over the copy.
public struct CSVRows: Sendable {
  private var bytes: [UInt8] = []
  /// Field `i` of the rows is `bytes[bounds[2 * i]..<bounds[2 * i + 1]]`.
  private var bounds: [Int] = []
  /// Row `r`'s fields are those from `firstFields[r]` to the next row's first.
  private var firstFields: [Int] = []
  private var lines: [Int] = []
  private var damaged: [Bool] = []

  public init() {}

  public var count: Int { lines.count }
  /// The bytes of the fields copied so far.
  public var byteCount: Int { bytes.count }
  public var isEmpty: Bool { lines.isEmpty }

  /// Copies a row lent by ``CSVReader/forEachRow(_:)``.
  public mutating func append(_ row: CSVRowView) {
    firstFields.append(bounds.count / 2)
    lines.append(row.line)
    damaged.append(row.isDamaged)
    guard row.count > 0 else { return }
    let start = row.bounds[0]
    let shift = bytes.count - start
    bytes.append(contentsOf: UnsafeBufferPointer(start: row.base + start, count: row.bounds[2 * row.count - 1] - start))
    let first = bounds.count
    bounds.append(contentsOf: UnsafeBufferPointer(start: row.bounds, count: 2 * row.count))
    bounds.withUnsafeMutableBufferPointer { bounds in
      for index in first..<bounds.count { bounds[index] += shift }
    }
  }

  /// Calls `body` with row `index` (from 0, less than ``count``) as a view over the copy, valid only inside `body`.
  public func withRow<Result>(_ index: Int, _ body: (CSVRowView) throws -> Result) rethrows -> Result {
    let first = firstFields[index]
    let fields = (index + 1 < firstFields.count ? firstFields[index + 1] : bounds.count / 2) - first
    return try bytes.withUnsafeBufferPointer { bytes in
      try bounds.withUnsafeBufferPointer { bounds in
        // A row of no fields, or of empty ones only, may have no bytes: any address will do, none is read.
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        return try body(
          CSVRowView(
            line: lines[index], count: fields, isDamaged: damaged[index], base: base,
            bounds: bounds.baseAddress.map { $0 + 2 * first } ?? UnsafePointer(bitPattern: 8)!))
      }
    }
  }

  /// Empties the copy, keeping its memory for the next rows.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    bounds.removeAll(keepingCapacity: true)
    firstFields.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
    damaged.removeAll(keepingCapacity: true)
  }
}
