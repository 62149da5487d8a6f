import Foundation

/// Pulls every number printed in a count position out of a rendered tally, for checking that no small count shows.
enum RenderedCounts {
  /// Counts in the terminal table: the Count and Base columns of every table, and counts named in the prose lines.
  static func inTable(_ text: String) -> [Int] {
    var counts = inProse(text)
    let lines = text.components(separatedBy: "\n")
    var index = 0
    while index + 1 < lines.count {
      let rule = lines[index + 1]
      guard !rule.isEmpty, rule.allSatisfy({ $0 == "-" || $0 == " " }) else {
        index += 1
        continue
      }
      let header = Array(lines[index])
      let spans = columnSpans(Array(rule))
      let wanted = spans.indices.filter { column in
        let name = String(header[spans[column].clamped(to: 0..<header.count)]).trimmingCharacters(in: .whitespaces)
        return name == "Count" || name == "Base"
      }
      index += 2
      while index < lines.count, !lines[index].isEmpty {
        let line = Array(lines[index])
        for column in wanted {
          let cell = String(line[spans[column].clamped(to: 0..<line.count)])
          if let count = leadingInteger(cell) { counts.append(count) }
        }
        index += 1
      }
    }
    return counts
  }

  /// Counts in Markdown tables (Count and Base columns) and prose lines.
  static func inMarkdown(_ text: String) -> [Int] {
    var counts = inProse(text)
    var wanted: [Int] = []
    for line in text.components(separatedBy: "\n") where line.hasPrefix("|") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if cells.contains("Count") {
        wanted = cells.indices.filter { cells[$0] == "Count" || cells[$0] == "Base" }
      } else if !cells.allSatisfy({ $0.hasPrefix("---") }) {
        counts += wanted.compactMap { $0 < cells.count ? leadingInteger(cells[$0]) : nil }
      }
    }
    return counts
  }

  /// Counts in the CSV's `count` and `base` columns.
  static func inCSV(_ text: String) -> [Int] {
    let records = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map(fields)
    guard let header = records.first, let count = header.firstIndex(of: "count"),
      let base = header.firstIndex(of: "base")
    else { return [] }
    return records.dropFirst().flatMap { [Int($0[count]), Int($0[base])].compactMap { $0 } }
  }

  /// Every value of a count-like key anywhere in the JSON.
  static func inJSON(_ text: String) throws -> [Int] {
    let keys: Set = ["count", "base", "missing", "skipped", "not_shown", "positive_count", "mentions", "n"]
    var counts: [Int] = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, member) in object {
          if keys.contains(key), let number = member as? Int { counts.append(number) }
          walk(member)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    return counts
  }

  /// `Base: 25 answered`, `missing 8`, `skipped 0`, `not shown 3`, `Mentions (ticks in all): 28`, `n 25`.
  private static func inProse(_ text: String) -> [Int] {
    let pattern = #"(Base: |missing |skipped |not shown |Mentions \(ticks in all\): |\bn )(\d+)"#
    let regex = try! NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 2), in: text).flatMap { Int(text[$0]) }
    }
  }

  private static func columnSpans(_ rule: [Character]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start: Int?
    for (index, character) in rule.enumerated() {
      if character == "-" && start == nil { start = index }
      if character != "-", let begun = start {
        spans.append(begun..<index)
        start = nil
      }
    }
    if let start { spans.append(start..<rule.count) }
    return spans
  }

  private static func leadingInteger(_ cell: String) -> Int? {
    let digits = cell.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }
    return digits.isEmpty ? nil : Int(digits)
  }

  /// The fields of one CSV record (quotes handled; no line breaks inside fields in tally output).
  private static func fields(_ record: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var previous: Character?
    for character in record {
      if character == "\"" {
        if quoted, previous == "\"" { field.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      previous = character
    }
    fields.append(field)
    return fields
  }
}
