/// A plain-text table for a terminal: columns padded to the widest cell, measured as the terminal draws them.
///
/// Widths count terminal columns, not characters: a CJK character or an emoji
/// takes two, a combining accent none (see ``DisplayWidth``). Line breaks in a
/// cell become spaces.
public struct TextTable: Sendable, Hashable {
  /// The column headings.
  public var header: [String]
  /// Columns aligned to the right (numbers); the rest align left.
  public var rightAligned: Set<Int>
  /// The rows.
  public var rows: [[String]] = []

  /// A table with these headings, the given columns aligned right.
  public init(header: [String], rightAligned: Set<Int> = []) {
    self.header = header
    self.rightAligned = rightAligned
  }

  /// Adds a row.
  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The table: header, a rule of dashes, then the rows, two spaces between columns, no trailing spaces.
  public var text: String {
    let all = ([header] + rows).map { row in
      (0..<header.count).map { index in
        index < row.count ? row[index].map { $0.isNewline ? " " : String($0) }.joined() : ""
      }
    }
    let widths = (0..<header.count).map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      var text = padded.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    var lines = [line(all[0]), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines += all.dropFirst().map(line)
    return lines.joined(separator: "\n") + "\n"
  }
}
