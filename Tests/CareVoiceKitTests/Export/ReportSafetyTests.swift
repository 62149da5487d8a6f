import CareVoiceKit
import Foundation
import Testing

/// DESIGN.md §7 in every format: the fixture's hostile comment (a formula, a script tag, a name after
/// "my social worker", a phone number) comes out escaped, neutralised and redacted.
@Suite struct ReportSafetyTests {
  /// The reports that quote comments: the board's and the Pledge check's survey report.
  static func quotingReports() throws -> [Report] {
    let reports = try ReportFixture.load().reports
    return reports.filter { $0.audience == .board || ($0.audience == .survey && $0.name == "pledge-check") }
  }

  /// What must never appear in any output: the name and the phone number the comment gave.
  static let personal = ["Gavin", "07700 900123", "07700900123"]

  @Test("quotes the hostile comment, redacted, in the model of every quoting report")
  func quotedAndRedacted() throws {
    for report in try Self.quotingReports() {
      let quotes = report.sections.flatMap(\.blocks).flatMap { block -> [String] in
        if case .quotes(let quotes) = block { return quotes.quotes.map(\.text) }
        return []
      }
      let hostile = try #require(quotes.first { $0.contains("HYPERLINK") }, "\(report.audience)")
      #expect(hostile.hasPrefix("=HYPERLINK(\"http://x\",\"y\") my social worker [name] never rings back"))
      #expect(hostile.contains("[phone]") && hostile.contains("<script>alert(1)</script>"))
    }
  }

  @Test("escapes the script tag in HTML and redacts the name and phone number")
  func html() throws {
    for report in try Self.quotingReports() {
      let html = try report.html()
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(!html.contains("<script"), "an HTML report must carry no script element")
      #expect(html.contains("[name]") && html.contains("[phone]"))
      for detail in Self.personal { #expect(!html.contains(detail)) }
    }
  }

  @Test("escapes the script tag in Markdown so that it shows as text")
  func markdown() throws {
    for report in try Self.quotingReports() {
      let markdown = report.markdown()
      #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
      #expect(markdown.ranges(of: "<").allSatisfy { markdown[..<$0.lowerBound].hasSuffix("\\") }, "every < escaped")
      #expect(markdown.contains("\\[name\\]"))
      for detail in Self.personal { #expect(!markdown.contains(detail)) }
    }
  }

  @Test("neutralises the formula in the CSV: the cell starts with an apostrophe")
  func csv() throws {
    for report in try Self.quotingReports() {
      let csv = report.csv()
      #expect(csv.hasPrefix("\u{FEFF}report,"), "the CSV starts with a UTF-8 byte order mark")
      #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") my social worker [name] never rings back"))
      #expect(!csv.contains(",=") && !csv.contains("\"=") && !csv.contains("\n="))
      for detail in Self.personal { #expect(!csv.contains(detail)) }
    }
  }

  @Test("keeps the quote as plain JSON string data, redacted")
  func json() throws {
    for report in try Self.quotingReports() {
      let text = report.jsonText
      let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
      var strings: [String] = []
      func collect(_ value: Any) {
        if let string = value as? String { strings.append(string) }
        if let array = value as? [Any] { array.forEach(collect) }
        if let object = value as? [String: Any] { object.values.forEach(collect) }
      }
      collect(parsed)
      #expect(strings.contains { $0.hasPrefix("=HYPERLINK(") && $0.contains("[name]") && $0.contains("[phone]") })
      for detail in Self.personal { #expect(!text.contains(detail)) }
    }
  }

  @Test("neutralises the formula in the workbook, read back with the project's XLSX reader")
  func workbook() throws {
    for report in try Self.quotingReports() {
      let cells = try ReportFixture.workbookSheets(report).flatMap(\.rows).flatMap { $0 }
      #expect(cells.contains { $0.hasPrefix("'=HYPERLINK(\"http://x\",\"y\") my social worker [name]") })
      #expect(!cells.contains { $0.hasPrefix("=") })
      #expect(cells.contains { $0.contains("<script>alert(1)</script>") }, "a workbook holds text as text")
      for detail in Self.personal { #expect(!cells.contains { $0.contains(detail) }) }
    }
  }
}
