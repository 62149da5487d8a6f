import CareVoiceKit
import Foundation
import Testing

/// No count of people from 1 to 5 appears in any format of any fixture report, though the fixture has groups that
/// small (four 16-17 year olds, a few "Disagree" answers, rarely mentioned themes).
@Suite struct ReportDisclosureTests {
  static let small = 1...5

  /// Every value of a report: tables (charts', actions' and quotes' included) and key figures.
  static func values(_ report: Report) -> [ReportValue] {
    report.tables.flatMap { $0.table.rows.flatMap(\.cells) }
  }

  /// The headings of columns and key figures whose values count things other than people (promises, actions).
  static func thingHeadings(_ report: Report) -> Set<String> {
    var headings: Set<String> = ["No."]  // the numbers of quotes
    for (_, table) in report.tables {
      for (index, column) in table.columns.enumerated()
      where table.rows.contains(where: { index < $0.cells.count && $0.cells[index].kind == "number" }) {
        headings.insert(column.heading)
      }
      if table.id == "key_figures" {
        for row in table.rows where row.cells.first?.kind == "number" { headings.insert(row.heading) }
      }
    }
    return headings
  }

  @Test("hides small counts in the fixture: the model holds some, every one hidden")
  func modelHidesSmallCounts() throws {
    let reports = try ReportFixture.load().reports
    let all = reports.flatMap(Self.values)
    #expect(all.contains(.suppressed(.small)), "the fixture is meant to have small groups")
    for value in all {
      if case .count(let count) = value { #expect(!Self.small.contains(count)) }
    }
  }

  @Test("writes no count of people from 1 to 5 in the CSV", arguments: 0..<5)
  func csv(report index: Int) throws {
    let report = try ReportFixture.load().reports[index]
    let lines = report.csv().split(separator: "\r\n").map(String.init)
    let header = lines[0].dropFirst().split(separator: ",").map(String.init)
    let kind = try #require(header.firstIndex(of: "kind"))
    var counts = 0
    for line in lines.dropFirst() {
      // Counts are the only cells of their rows that are plain digits; text cells come before `kind`.
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let tail = Array(fields.suffix(header.count - kind))
      guard tail.first == "count" else { continue }
      counts += 1
      #expect(!Self.small.contains(Int(tail[1]) ?? 0), "\(line)")
    }
    #expect(counts > 0)
  }

  @Test("writes no count of people from 1 to 5 in the JSON", arguments: 0..<5)
  func json(report index: Int) throws {
    let report = try ReportFixture.load().reports[index]
    let parsed = try JSONSerialization.jsonObject(with: Data(report.jsonText.utf8))
    var counts = 0
    func visit(_ value: Any) {
      if let object = value as? [String: Any] {
        if object["kind"] as? String == "count", let count = object["value"] as? Int {
          counts += 1
          #expect(!Self.small.contains(count), "\(object)")
        }
        object.values.forEach(visit)
      } else if let array = value as? [Any] {
        array.forEach(visit)
      }
    }
    visit(parsed)
    #expect(counts > 0)
  }

  @Test("writes no count of people from 1 to 5 in the workbook", arguments: 0..<5)
  func workbook(report index: Int) throws {
    let report = try ReportFixture.load().reports[index]
    let things = Self.thingHeadings(report)
    for sheet in try ReportFixture.workbookSheets(report) where sheet.name != "About this report" {
      guard let header = sheet.rows.first else { continue }
      for row in sheet.rows.dropFirst() {
        for (column, cell) in row.enumerated() where Self.small.contains(Int(cell) ?? 0) {
          let heading = column < header.count ? header[column] : ""
          let label = row.first ?? ""
          #expect(things.contains(heading) || things.contains(label), "\(sheet.name): \(row)")
        }
      }
    }
  }

  @Test("shows no count of people from 1 to 5 in an HTML table cell, key figure or sentence", arguments: 0..<5)
  func html(report index: Int) throws {
    let report = try ReportFixture.load().reports[index]
    let html = try report.html()
    let things = Self.thingHeadings(report)
    for table in html.components(separatedBy: "<table").dropFirst() {
      let body = table.components(separatedBy: "</table>")[0]
      let headers = Self.matches(#"<th scope="col"[^>]*>([^<]*)</th>"#, in: body)
      for row in body.components(separatedBy: "<tr>").dropFirst() {
        let cells = Self.matches(#"<td[^>]*>(?:<span[^>]*>)?([^<]*)"#, in: row)
        for (column, cell) in cells.enumerated() where Self.small.contains(Int(cell) ?? 0) {
          #expect(column + 1 < headers.count && things.contains(headers[column + 1]), "\(headers) \(cells)")
        }
      }
    }
    let figures = Self.matches(
      #"<span class="key-figure-value">([^<]*)</span>\s*<span class="key-figure-label">([^<]*)</span>"#, in: html,
      groups: 2)
    for pair in stride(from: 0, to: figures.count, by: 2) where Self.small.contains(Int(figures[pair]) ?? 0) {
      #expect(things.contains(figures[pair + 1]), "\(figures[pair]) \(figures[pair + 1])")
    }
    #expect(Self.peopleSentences(in: html).isEmpty, "\(Self.peopleSentences(in: html))")
  }

  @Test("shows no count of people from 1 to 5 in a Markdown table cell, key figure or sentence", arguments: 0..<5)
  func markdown(report index: Int) throws {
    let report = try ReportFixture.load().reports[index]
    let markdown = report.markdown()
    let things = Self.thingHeadings(report)
    var header: [String] = []
    for line in markdown.split(separator: "\n").map(String.init) {
      if line.hasPrefix("| ") {
        let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
        if header.isEmpty || line.hasPrefix("| ---") == false && header.count != cells.count { header = cells }
        for (column, cell) in cells.enumerated() where Self.small.contains(Int(cell) ?? 0) {
          #expect(things.contains(header[column]), "\(line)")
        }
      } else {
        header = []
        if line.hasPrefix("- **"), let value = Int(line.dropFirst(4).prefix { $0 != "*" }), Self.small.contains(value) {
          let label = line.components(separatedBy: "** ").dropFirst().joined(separator: "** ")
          #expect(things.contains { label.hasPrefix($0) }, "\(line)")
        }
      }
    }
    #expect(Self.peopleSentences(in: markdown).isEmpty, "\(Self.peopleSentences(in: markdown))")
  }

  /// Phrases such as "4 of you" or "3 carers" that would give a small count of people in words.
  static func peopleSentences(in text: String) -> [String] {
    matches(
      #"(?<![\d.,–-])\b([1-5] (?:of you|of them|of \d+|people|carers|children|young people|responses|answered|wrote)\b)"#,
      in: text)
  }

  /// The first capture group of every match (or the first `groups` groups, in order).
  static func matches(_ pattern: String, in text: String, groups: Int = 1) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).flatMap { match in
      (1...groups).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }
  }
}
