/// A table of counts with its row totals, column totals and grand total: the shape secondary suppression protects.
///
/// A question broken down by age band is one: a row per age band, a column per
/// option, each row adding up to the band's base, each column to the option's
/// count, and the whole to the question's base.
public struct CountTable: Sendable, Hashable {
  /// The counts, row by row.
  public var cells: [[Int]]
  /// Whether each row's total is published (false where rows do not add up to anything published).
  public var publishesRowTotals: Bool
  /// Whether each column's total is published.
  public var publishesColumnTotals: Bool

  /// A table of `cells` (every row the same length).
  public init(_ cells: [[Int]], publishesRowTotals: Bool = true, publishesColumnTotals: Bool = true) {
    self.cells = cells
    self.publishesRowTotals = publishesRowTotals
    self.publishesColumnTotals = publishesColumnTotals
  }

  /// The number of rows.
  public var rowCount: Int { cells.count }
  /// The number of columns.
  public var columnCount: Int { cells.first?.count ?? 0 }
  /// Each row's total.
  public var rowTotals: [Int] { cells.map { $0.reduce(0, +) } }
  /// Each column's total.
  public var columnTotals: [Int] { (0..<columnCount).map { c in cells.reduce(0) { $0 + $1[c] } } }
  /// The total of every cell.
  public var grandTotal: Int { rowTotals.reduce(0, +) }

  /// Which cells and totals to hide under `rule`.
  public struct Mask: Sendable, Hashable {
    /// Whether each cell is hidden, row by row.
    public var cells: [[Bool]]
    /// Whether each row's total is hidden.
    public var rowTotals: [Bool]
    /// Whether each column's total is hidden.
    public var columnTotals: [Bool]
    /// Whether the grand total is hidden.
    public var grandTotal: Bool
  }

  /// Every count, cells row by row, then the row totals, the column totals and the grand total.
  public var flatCounts: [Int] { cells.flatMap { $0 } + rowTotals + columnTotals + [grandTotal] }

  /// The published totals as lines over ``flatCounts``.
  public var lines: [AdditiveLine] {
    let rows = rowCount
    let columns = columnCount
    func cell(_ r: Int, _ c: Int) -> Int { r * columns + c }
    let rowTotal = rows * columns
    let columnTotal = rowTotal + rows
    let grand = columnTotal + columns
    var lines: [AdditiveLine] = []
    if publishesRowTotals {
      for r in 0..<rows { lines.append(AdditiveLine(total: rowTotal + r, parts: (0..<columns).map { cell(r, $0) })) }
      lines.append(AdditiveLine(total: grand, parts: (0..<rows).map { rowTotal + $0 }))
    }
    if publishesColumnTotals {
      for c in 0..<columns {
        lines.append(AdditiveLine(total: columnTotal + c, parts: (0..<rows).map { cell($0, c) }))
      }
      lines.append(AdditiveLine(total: grand, parts: (0..<columns).map { columnTotal + $0 }))
    }
    return lines
  }

  /// The cells and totals to hide: counts the rule suppresses, and partners so that none can be worked out.
  ///
  /// Totals that are not published are treated as hidden from the start.
  public func suppressed(by rule: DisclosureRule) -> Mask {
    let rows = rowCount
    let columns = columnCount
    let counts = flatCounts
    var primary = counts.map(rule.suppresses)
    var preference = Array(repeating: 0, count: rows * columns)
    preference += Array(repeating: 1, count: rows + columns) + [2]
    if !publishesRowTotals { for r in 0..<rows { primary[rows * columns + r] = true } }
    if !publishesColumnTotals { for c in 0..<columns { primary[rows * columns + rows + c] = true } }
    if !publishesRowTotals && !publishesColumnTotals { primary[counts.count - 1] = true }
    let hidden = SecondarySuppression.hidden(
      counts: counts, primary: primary, lines: lines, preference: preference)
    return Mask(
      cells: (0..<rows).map { r in Array(hidden[(r * columns)..<(r * columns + columns)]) },
      rowTotals: Array(hidden[(rows * columns)..<(rows * columns + rows)]),
      columnTotals: Array(hidden[(rows * columns + rows)..<(rows * columns + rows + columns)]),
      grandTotal: hidden[counts.count - 1])
  }
}
