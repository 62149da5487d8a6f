/// A Markdown (GitHub-flavoured) table whose cells cannot break out of their column.
///
/// A `|` in a cell is escaped as `\|` and a backslash as `\\`; a line break
/// becomes `<br>`, which GitHub and most renderers show as a break inside the cell.
public struct MarkdownTable: Sendable, Hashable {
  /// How a column's cells line up.
  public enum Alignment: Sendable, Hashable {
    case left, right
  }

  /// The column headings.
  public var header: [String]
  /// Each column's alignment.
  public var alignments: [Alignment]
  /// The rows, as plain text (escaped when written).
  public var rows: [[String]] = []

  /// A table with these column headings; columns are left-aligned unless given.
  public init(header: [String], alignments: [Alignment]? = nil) {
    self.header = header
    self.alignments = alignments ?? header.map { _ in .left }
  }

  /// Adds a row.
  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as Markdown lines, each ending with a line break.
  public var text: String {
    var lines = [line(header)]
    lines.append("|" + alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined())
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  private func line(_ cells: [String]) -> String {
    let padded = cells + Array(repeating: "", count: max(0, header.count - cells.count))
    return "|" + padded.map { " \(Self.escaped($0)) |" }.joined()
  }

  /// A cell's text made safe inside a table row.
  public static func escaped(_ cell: String) -> String {
    var result = ""
    for character in cell {
      switch character {
      case "\\": result += "\\\\"
      case "|": result += "\\|"
      case "\n", "\r", "\r\n": result += "<br>"
      default: result.append(character)
      }
    }
    return result
  }
}
