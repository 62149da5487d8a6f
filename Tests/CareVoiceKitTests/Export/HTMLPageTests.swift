import CareVoiceKit
import Foundation
import Testing

@Suite struct HTMLPageTests {
  static let hostile = "<script>alert(1)</script> & \"quoted\" =HYPERLINK(\"http://x\")"

  private func hostilePage() -> HTMLPage {
    let bars = SVGBarChart(
      id: "bars", title: Self.hostile, bars: [.init(label: Self.hostile, value: .percent(50))],
      suppressedText: "fewer than 6")
    return HTMLPage(
      title: Self.hostile, subtitle: Self.hostile, publisher: Self.hostile,
      generatedOn: Day(year: 2025, month: 10, day: 1)!, howToRead: [Self.hostile],
      sections: [
        HTMLSection(
          id: Self.hostile, heading: Self.hostile, intro: [Self.hostile],
          blocks: [
            .paragraph(Self.hostile), .subheading(Self.hostile),
            .figure(
              HTMLFigure(
                chart: bars.svg(), caption: Self.hostile,
                table: HTMLTable(
                  caption: Self.hostile, rowHeading: Self.hostile, columns: [.init(Self.hostile)],
                  rows: [.init(heading: Self.hostile, cells: [.text(Self.hostile), .suppressed(Self.hostile)])]),
                note: Self.hostile)),
            .quotes(ReportQuotes(heading: Self.hostile, quotes: [.init(Self.hostile, about: Self.hostile)])),
            .actions(
              ReportActions(
                caption: Self.hostile,
                headings: .init(
                  youSaid: Self.hostile, weWill: Self.hostile, owner: Self.hostile, due: Self.hostile,
                  status: Self.hostile),
                items: [
                  .init(
                    id: Self.hostile, youSaid: Self.hostile, weWill: Self.hostile, weDid: Self.hostile,
                    owner: Self.hostile, due: nil, state: nil, status: Self.hostile, tone: .late)
                ])),
            .keyFigures([HTMLKeyFigure(value: Self.hostile, label: Self.hostile, note: Self.hostile)]),
            .callout(ReportCallout(tone: .important, title: Self.hostile, paragraphs: [Self.hostile])),
            .rating(
              HTMLRating(
                badge: SVGRatingBadge(rating: .red, text: Self.hostile).svg(), headline: Self.hostile,
                detail: Self.hostile)),
          ])
      ],
      methodNotes: [Self.hostile])
  }

  @Test("escapes a comment holding a script and a spreadsheet formula wherever it appears")
  func escapesHostileText() throws {
    let html = try hostilePage().render()
    #expect(!html.contains("<script"))
    #expect(!html.contains("\"http://x\""))
    #expect(
      html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; =HYPERLINK(&quot;http://x&quot;)"))
    // every place the text went: 21 in the page, 3 more inside the chart and badge (title, desc, label)
    let escapedCount = html.components(separatedBy: "&lt;script&gt;alert(1)").count - 1
    #expect(escapedCount >= 20)
  }

  @Test("has lang en-GB, one h1, a title, a skip link to main, and no outside resources")
  func pageStructure() throws {
    for page in [SamplePledgePage.board(), SamplePledgePage.youngPeople(), hostilePage()] {
      let html = try page.render()
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\""))
      #expect(html.components(separatedBy: "<h1").count == 2)
      #expect(html.contains("<title>"))
      #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
      #expect(html.contains("<main id=\"main\""))
      #expect(html.contains("<meta charset=\"utf-8\">"))
      #expect(html.contains("<meta name=\"viewport\""))
      #expect(Self.resourceReferences(in: html).allSatisfy { $0.hasPrefix("#") })
      #expect(!html.contains("@import"))
      #expect(!html.lowercased().contains("<script"))
    }
  }

  @Test("references nothing but its own fragments in src, href or url()")
  func sampleReferencesOnlyFragments() throws {
    let html = try SamplePledgePage.board().render()
    let references = Self.resourceReferences(in: html)
    #expect(!references.isEmpty)
    #expect(references.allSatisfy { $0.hasPrefix("#") }, "\(references.filter { !$0.hasPrefix("#") })")
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test("numbers figures in page order and gives each section a unique anchor")
  func figuresAndAnchors() throws {
    let html = try SamplePledgePage.board().render()
    #expect(html.contains("Figure 1</span>") && html.contains("Figure 3</span>"))
    let page = HTMLPage(
      title: "T", generatedOn: Day(year: 2025, month: 1, day: 2)!,
      sections: [
        HTMLSection(id: "P1", heading: "One", blocks: []), HTMLSection(id: "p1", heading: "Two", blocks: []),
        HTMLSection(id: "cv-bars", heading: "Three", blocks: []),
      ])
    let rendered = try page.render()
    #expect(rendered.contains("id=\"p1\""))
    #expect(rendered.contains("id=\"p1-2\""))
    #expect(rendered.contains("id=\"section-cv-bars\""))
    #expect(rendered.contains("href=\"#p1-2\""))
    #expect(rendered.contains("<time datetime=\"2025-01-02\">2 January 2025</time>"))
  }

  @Test("marks tables up with a caption and scoped headers, and suppressed cells apart")
  func tableMarkup() throws {
    let html = try SamplePledgePage.board().render()
    #expect(html.contains("<caption>Children who know who their social worker is, by age</caption>"))
    #expect(html.contains("<th scope=\"col\">Age</th><th scope=\"col\" class=\"num\">Answered</th>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">Under 8</th><td class=\"num\">5</td><td class=\"num suppressed\">fewer than 6</td></tr>")
    )
    #expect(html.contains("<span class=\"status status-late\">Overdue</span>"))
    #expect(html.contains("<time datetime=\"2025-09-30\">30 September 2025</time>"))
  }

  @Test("switches to the plain large-type style with a class on the html element")
  func plainStyle() throws {
    let html = try SamplePledgePage.youngPeople().render()
    #expect(html.contains("<html lang=\"en-GB\" class=\"audience-plain\">"))
    #expect(html.contains("<th scope=\"col\">You told us</th>"))
    let board = try SamplePledgePage.board().render()
    #expect(board.contains("<html lang=\"en-GB\" class=\"audience-standard\">"))
  }

  @Test("prints on A4 with 15 mm margins, keeps figures whole and hides the skip link")
  func printStyles() throws {
    let html = try SamplePledgePage.board().render()
    #expect(html.contains("@page { size: A4; margin: 15mm; }"))
    #expect(html.contains("break-inside: avoid"))
    #expect(html.contains(".skip-link, .contents { display: none; }"))
  }

  @Test("writes the sample pages when CAREVOICE_SAMPLE_DIR is set")
  func writesSamples() throws {
    let board = try SamplePledgePage.board().render()
    let young = try SamplePledgePage.youngPeople().render()
    #expect(board.count > 10_000 && young.count > 8_000)
    guard let folder = ProcessInfo.processInfo.environment["CAREVOICE_SAMPLE_DIR"] else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try board.write(toFile: folder + "/pledge-board.html", atomically: true, encoding: .utf8)
    try young.write(toFile: folder + "/pledge-young-people.html", atomically: true, encoding: .utf8)
    try hostilePage().render().write(toFile: folder + "/hostile.html", atomically: true, encoding: .utf8)
    try SamplePledgePage.edgeCases().render().write(
      toFile: folder + "/edge-cases.html", atomically: true, encoding: .utf8)
  }

  /// Every value of a `src`, `href`, `xlink:href` or `url(...)` in the page.
  static func resourceReferences(in html: String) -> [String] {
    var found: [String] = []
    for pattern in [#"(?:src|href|xlink:href)\s*=\s*"([^"]*)""#, #"url\(\s*['"]?([^'")]*)"#] {
      let regex = try! NSRegularExpression(pattern: pattern)
      for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
        if let range = Range(match.range(at: 1), in: html) { found.append(String(html[range])) }
      }
    }
    return found
  }
}
