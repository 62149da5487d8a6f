/// Text made safe to paste into Markdown: it shows as written, never as markup or HTML.
///
/// The characters that make markup anywhere in a line (`\ ` * _ [ ] < > | ~ &`) are
/// escaped with a backslash, as CommonMark allows, so `<script>` shows as text and
/// `*` as a star; so are those that make markup only at the start of a line (`#`,
/// `-`, `+`, `=`, and the `.` or `)` of `1.`). A line break becomes a space.
enum MarkdownText {
  /// The characters escaped with a backslash.
  private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

  /// `text` escaped for a paragraph, heading or table cell.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if character.isNewline {
        result.append(" ")
      } else {
        if special.contains(character) { result.append("\\") }
        result.append(character)
      }
    }
    if let first = result.first, "#-+=".contains(first) { return "\\" + result }
    let digits = result.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
      return digits + "\\" + result.dropFirst(digits.count)
    }
    return result
  }

  /// A table: a bold caption line, then a GitHub-flavoured table with escaped cells.
  static func table(caption: String, header: [String], numeric: [Bool], rows: [[String]]) -> String {
    func line(_ cells: [String]) -> String {
      let padded = cells + Array(repeating: "", count: max(0, header.count - cells.count))
      return "|" + padded.map { " \(escaped($0)) |" }.joined()
    }
    var lines: [String] = []
    if !caption.isEmpty { lines += ["**\(escaped(caption))**", ""] }
    lines.append(line(header))
    lines.append(
      "|" + header.indices.map { index in index < numeric.count && numeric[index] ? " ---: |" : " --- |" }.joined())
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }
}
