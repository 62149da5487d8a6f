import CareVoiceKit
import Foundation
import Testing

@Suite struct SVGChartTests {
  static let hostile = "<script>alert(1)</script> \"quoted\" & 'apostrophe'"
  static let fewer = "fewer than 6"

  static func allCharts(label: String) -> [(name: String, svg: String)] {
    [
      (
        "bar",
        SVGBarChart(
          id: label, title: label,
          bars: [.init(label: label, value: .percent(40)), .init(label: label, value: .suppressed)],
          target: ChartTarget(value: 50, label: label), suppressedText: label
        ).svg().markup
      ),
      (
        "stacked",
        SVGStackedBarChart(
          id: label, title: label, answers: [label, label],
          rows: [.init(label: label, segments: [.value(60, label: label), .suppressed])], suppressedText: label
        ).svg().markup
      ),
      (
        "trend",
        SVGTrendChart(
          id: label, title: label,
          points: [.init(period: label, value: .percent(50)), .init(period: label, value: .suppressed)],
          target: ChartTarget(value: 70, label: label), suppressedText: label, missingText: label
        ).svg().markup
      ),
      ("badge", SVGRatingBadge(rating: .amber, text: label).svg().markup),
    ]
  }

  @Test("escapes a hostile label in every chart: text, title, description and attributes")
  func escapesHostileLabels() {
    for (name, svg) in Self.allCharts(label: Self.hostile) {
      #expect(!svg.contains("<script"), "\(name)")
      #expect(!svg.contains("\"quoted\""), "\(name)")
      #expect(!svg.contains("'apostrophe'"), "\(name)")
      #expect(
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;apostrophe&#39;"), "\(name)")
      #expect(SVGMarkup.texts(svg).contains(Self.hostile) || name == "badge", "\(name)")
      #expect(!svg.contains("<foreignObject") && !svg.contains("<a ") && !svg.contains("on" + "load="), "\(name)")
    }
  }

  @Test("drops control characters XML forbids and keeps line breaks as references")
  func controlCharacters() {
    let svg = SVGRatingBadge(rating: .green, text: "a\u{1}b\nc\u{0}").svg().markup
    #expect(svg.contains("aria-label=\"ab&#10;c\""))
    #expect(!svg.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test("gives every chart role img, a title and a description that name it")
  func textAlternative() throws {
    for (name, svg) in Self.allCharts(label: "P1 know social worker") where name != "badge" {
      #expect(svg.hasPrefix("<svg class=\"cv-chart\" viewBox=\"0 0 "), "\(name)")
      #expect(svg.contains("role=\"img\""), "\(name)")
      #expect(
        svg.contains("aria-labelledby=\"cv-p1-know-social-worker-title cv-p1-know-social-worker-desc\""), "\(name)")
      #expect(svg.contains("<title id=\"cv-p1-know-social-worker-title\">P1 know social worker</title>"), "\(name)")
      #expect(svg.contains("<desc id=\"cv-p1-know-social-worker-desc\">"), "\(name)")
      let ids = SVGMarkup.ids(svg)
      #expect(Set(ids).count == ids.count, "\(name): ids are unique")
      #expect(!svg.contains("<script") && !svg.contains("http"), "\(name): no scripts, no outside references")
      let root = svg.prefix { $0 != ">" }
      #expect(!root.contains(" width=") && !root.contains(" height="), "\(name): sized by its viewBox, not in pixels")
    }
    let badge = SVGRatingBadge(rating: .red, text: "Red: well below target").svg().markup
    #expect(badge.contains("role=\"img\" aria-label=\"Red: well below target\""))
    #expect(badge.contains("<title>Red: well below target</title>"))
  }

  @Test("draws bars in proportion to their values")
  func barsProportional() throws {
    let svg = SVGBarChart(
      id: "p", title: "t",
      bars: [
        .init(label: "A", value: .percent(25)), .init(label: "B", value: .percent(50)),
        .init(label: "C", value: .percent(100)),
      ],
      suppressedText: Self.fewer
    ).svg().markup
    let widths = SVGMarkup.elements("rect", in: svg).filter { $0["class"] == "cv-bar" }.compactMap {
      Double($0["width"] ?? "")
    }
    try #require(widths.count == 3)
    #expect(widths[0] > 50)
    #expect(abs(widths[1] - 2 * widths[0]) < 0.05)
    #expect(abs(widths[2] - 4 * widths[0]) < 0.05)
    #expect(
      SVGMarkup.texts(svg).filter { $0.hasSuffix("%") }.sorted() == [
        "0%", "100%", "100%", "25%", "25%", "50%", "50%", "75%",
      ])
  }

  @Test("scales counts to a round maximum")
  func countScale() throws {
    let svg = SVGBarChart(
      id: "c", title: "t", bars: [.init(label: "A", value: .count(37)), .init(label: "B", value: .count(20))],
      scale: .count(maximum: 37), suppressedText: Self.fewer
    ).svg().markup
    let texts = SVGMarkup.texts(svg)
    for tick in ["0", "10", "20", "30", "40"] { #expect(texts.contains(tick)) }
    let widths = SVGMarkup.elements("rect", in: svg).filter { $0["class"] == "cv-bar" }.compactMap {
      Double($0["width"] ?? "")
    }
    try #require(widths.count == 2)
    #expect(abs(widths[0] / widths[1] - 37.0 / 20.0) < 0.001)
  }

  @Test("draws a suppressed bar with its words and no number or length")
  func suppressedBar() {
    let svg = SVGBarChart(
      id: "s", title: "t", bars: [.init(label: "Under eight", value: .suppressed)], suppressedText: Self.fewer
    )
    .svg().markup
    #expect(Set(SVGMarkup.texts(svg)) == ["0%", "25%", "50%", "75%", "100%", "Under eight", Self.fewer])
    #expect(!SVGMarkup.elements("rect", in: svg).contains { $0["class"] == "cv-bar" })
    #expect(svg.contains("fill=\"url(#cv-s-hatch)\""))
    #expect(svg.contains("Under eight: fewer than 6."))
  }

  @Test("draws a value withheld to protect a small count as hidden, as the tables say, not as missing")
  func hiddenValues() {
    let bars = SVGBarChart(
      id: "h", title: "t", bars: [.init(label: "Foster care", value: .hidden)], suppressedText: Self.fewer,
      missingText: "not shown"
    ).svg().markup
    #expect(SVGMarkup.texts(bars).contains("hidden"))
    #expect(!SVGMarkup.texts(bars).contains("not shown"))
    #expect(bars.contains("fill=\"url(#cv-h-hatch)\""))
    #expect(bars.contains("Foster care: hidden."))
    let stacked = SVGStackedBarChart(
      id: "k", title: "t", answers: ["Yes", "No"],
      rows: [
        .init(label: "Q1", segments: [.percent(70), .hidden]),
        .init(label: "Q2", segments: [.percent(70), .suppressed]),
      ], suppressedText: Self.fewer, missingText: "not shown"
    ).svg().markup
    let texts = SVGMarkup.texts(stacked)
    #expect(texts.contains("fewer than 6 or hidden"), "the legend names both kinds of hatching")
    #expect(texts.filter { $0 == "hidden" }.count == 1)
    #expect(stacked.contains("Q1: Yes 70%, No hidden; Q2: Yes 70%, No fewer than 6."))
  }

  @Test("marks the target with a dashed line and its label")
  func targetLine() {
    let svg = SVGBarChart(
      id: "t", title: "t", bars: [.init(label: "A", value: .percent(80))], target: .percent(90),
      suppressedText: Self.fewer
    ).svg().markup
    #expect(SVGMarkup.texts(svg).contains("Target 90%"))
    let dashed = SVGMarkup.elements("line", in: svg).filter { $0["stroke-dasharray"] != nil }
    #expect(dashed.count == 1)
    #expect(dashed.first?["stroke"] == ChartPalette.target.description)
  }

  @Test("stacks segments in proportion and pools hidden answers into one hatched stretch without a number")
  func stackedSegments() throws {
    let chart = SVGStackedBarChart(
      id: "s", title: "t", answers: ["Yes", "Sometimes", "No"],
      rows: [
        .init(label: "Q1", segments: [.percent(50), .percent(30), .percent(20)]),
        .init(label: "Q2", segments: [.percent(70), .suppressed, .suppressed]),
      ], suppressedText: Self.fewer)
    let svg = chart.svg().markup
    let segments = SVGMarkup.elements("rect", in: svg).filter { $0["class"] == "cv-segment" }
    let widths = segments.compactMap { Double($0["width"] ?? "") }
    try #require(widths.count == 4)
    #expect(abs(widths[0] / widths[1] - 5.0 / 3.0) < 0.001)
    #expect(abs(widths[0] / widths[2] - 5.0 / 2.0) < 0.001)
    #expect(abs(widths[3] / widths[0] - 7.0 / 5.0) < 0.001)
    let hatched = SVGMarkup.elements("rect", in: svg).filter { $0["fill"] == "url(#cv-s-hatch)" }
    #expect(hatched.count == 2, "one legend swatch, one pooled stretch")
    #expect(SVGMarkup.texts(svg).filter { $0 == Self.fewer }.count == 2, "in the legend and on the stretch")
    #expect(svg.contains("Q2: Yes 70%, Sometimes fewer than 6, No fewer than 6."))
    #expect(
      segments.map { $0["fill"] } == ChartPalette.scale(count: 3).map(\.description) + [
        ChartPalette.scale(count: 3)[0].description
      ])
  }

  @Test("leaves the legend without a hatched key when nothing is hidden")
  func stackedLegend() {
    let svg = SVGStackedBarChart(
      id: "s", title: "t", answers: ["Yes", "No"], rows: [.init(label: "", segments: [.percent(60), .percent(40)])],
      suppressedText: Self.fewer
    ).svg().markup
    #expect(!SVGMarkup.texts(svg).contains(Self.fewer))
    #expect(SVGMarkup.texts(svg).contains("Yes") && SVGMarkup.texts(svg).contains("No"))
  }

  @Test("breaks the trend line where a point is suppressed or missing, and prints words there instead")
  func trendGaps() throws {
    let svg = SVGTrendChart(
      id: "t", title: "t",
      points: [
        .init(period: "2025-26 Q1", value: .percent(50)), .init(period: "2025-26 Q2", value: .suppressed),
        .init(period: "2025-26 Q3", value: .percent(60)), .init(period: "2025-26 Q4", value: .percent(70)),
        .init(period: "2026-27 Q1", value: .missing),
      ], target: .percent(65), suppressedText: Self.fewer, missingText: "no survey"
    ).svg().markup
    let lines = SVGMarkup.elements("polyline", in: svg)
    try #require(lines.count == 1, "a line only joins neighbours that both have values")
    #expect(lines[0]["points"]?.split(separator: " ").count == 2)
    #expect(SVGMarkup.elements("circle", in: svg).count == 3)
    let texts = SVGMarkup.texts(svg)
    #expect(texts.contains("50%") && texts.contains("60%") && texts.contains("70%"))
    #expect(texts.joined(separator: " ").contains(Self.fewer))
    #expect(texts.joined(separator: " ").contains("no survey"))
    #expect(texts.contains("Target 65%"))
    #expect(svg.contains("2025-26 Q2: fewer than 6;"))
  }

  @Test("places trend points by value on a 0 to 100 axis")
  func trendScale() throws {
    let svg = SVGTrendChart(
      id: "t", title: "t",
      points: [
        .init(period: "A", value: .percent(0)), .init(period: "B", value: .percent(100)),
        .init(period: "C", value: .percent(25)),
      ],
      suppressedText: Self.fewer
    ).svg().markup
    let ys = SVGMarkup.elements("circle", in: svg).compactMap { Double($0["cy"] ?? "") }
    try #require(ys.count == 3)
    #expect(ys[0] > ys[2] && ys[2] > ys[1])
    #expect(abs((ys[0] - ys[2]) / (ys[0] - ys[1]) - 0.25) < 0.001)
  }

  @Test("slants period names that do not fit their slot and turns hidden-point words upright")
  func crowdedTrend() {
    let points = (1...24).map { month in
      SVGTrendChart.Point(
        period: "20\(25 + (month - 1) / 12)-\((month - 1) % 12 + 1)",
        value: month == 5 ? .suppressed : .percent(Double(month * 4)))
    }
    let svg = SVGTrendChart(id: "m", title: "t", points: points, suppressedText: Self.fewer).svg().markup
    let texts = SVGMarkup.elements("text", in: svg)
    #expect(texts.filter { $0["transform"]?.hasPrefix("rotate(-45 ") == true }.count == 24)
    #expect(texts.filter { $0["transform"]?.hasPrefix("rotate(-90 ") == true }.count == 1)
    #expect(SVGMarkup.texts(svg).contains("2026-12"), "period names are never cut")
    #expect(SVGMarkup.texts(svg).contains(Self.fewer))
    let wide = SVGTrendChart(
      id: "w", title: "t", points: [.init(period: "2025-26 Q1", value: .percent(50))], suppressedText: Self.fewer
    ).svg().markup
    #expect(!wide.contains(" transform=\"rotate("))
  }

  @Test("says a stacked row has no data when nothing was loaded for it")
  func stackedMissingRow() {
    let svg = SVGStackedBarChart(
      id: "s", title: "t", answers: ["Yes", "No"],
      rows: [.init(label: "Q1", segments: [.missing, .missing])], suppressedText: Self.fewer, missingText: "no survey"
    ).svg().markup
    #expect(SVGMarkup.texts(svg) == ["Yes", "No", "Q1", "no survey"])
    #expect(!svg.contains("url(#cv-s-hatch)"))
  }

  @Test("gives each rating its own shape, colour and words", arguments: SVGRatingBadge.Rating.allCases)
  func badges(rating: SVGRatingBadge.Rating) {
    let svg = SVGRatingBadge(rating: rating, text: "Rated \(rating.rawValue)").svg().markup
    #expect(SVGMarkup.texts(svg) == ["Rated \(rating.rawValue)"])
    #expect(svg.contains("class=\"cv-badge cv-badge-\(rating.rawValue)\""))
    let shapes = Set(
      SVGRatingBadge.Rating.allCases.map {
        SVGMarkup.elements("path", in: SVGRatingBadge(rating: $0, text: "x").svg().markup).map { $0["d"] ?? "" }
      })
    #expect(shapes.count == SVGRatingBadge.Rating.allCases.count, "no two ratings share a shape")
  }

  @Test(
    "makes ids safe for XML and URL fragments",
    arguments: [("P1 <script>", "cv-p1-script"), ("", "cv-chart"), ("--Ä--", "cv-chart"), ("Q1/Q2", "cv-q1-q2")])
  func ids(input: String, expected: String) {
    let svg = SVGTrendChart(id: input, title: "t", points: [], suppressedText: Self.fewer).svg().markup
    #expect(svg.contains("<title id=\"\(expected)-title\">"))
  }

  @Test("writes the same chart the same way every time")
  func deterministic() {
    let charts = Self.allCharts(label: "Same")
    #expect(charts.map(\.svg) == Self.allCharts(label: "Same").map(\.svg))
  }
}
