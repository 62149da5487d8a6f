import Foundation

/// Rows of text cells laid out in aligned columns for a terminal, or as a Markdown table.
///
/// A stand-in for the project's shared text-table primitives, which will replace it.
struct PledgeGrid {
  var headers: [String]
  /// The columns whose cells are aligned to the right (figures).
  var rightAligned: Set<Int> = []
  var rows: [[String]] = []

  /// The columns padded to their widest cell and joined by two spaces; trailing spaces trimmed.
  func text(indent: String = "") -> String {
    let all = [headers] + rows
    let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      let cells = row.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - row[column].count)
        return rightAligned.contains(column) ? padding + row[column] : row[column] + padding
      }
      let line = indent + cells.joined(separator: "  ")
      return String(line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)])
    }.joined(separator: "\n")
  }

  /// A Markdown pipe table, with `|` and line breaks in cells made harmless.
  func markdown() -> String {
    let rule = headers.indices.map { rightAligned.contains($0) ? "---:" : "---" }
    let lines = [headers, rule] + rows.map { $0.map(Self.markdownCell) }
    return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
  }

  /// Text safe inside a Markdown table cell: pipes escaped, HTML's `<` written as an entity, lines joined.
  static func markdownCell(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "<", with: "&lt;")
  }
}
