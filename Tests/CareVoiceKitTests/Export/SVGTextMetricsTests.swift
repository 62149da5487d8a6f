import Testing

@testable import CareVoiceKit

@Suite struct SVGTextMetricsTests {
  @Test("wraps at spaces within the width")
  func wrapsAtSpaces() {
    let lines = SVGTextMetrics.wrapped("Children who know who their social worker is", maxWidth: 150, fontSize: 15)
    #expect(lines.count > 1)
    #expect(lines.joined(separator: " ") == "Children who know who their social worker is")
    #expect(lines.allSatisfy { SVGTextMetrics.width(of: $0, fontSize: 15) <= 150 })
  }

  @Test("cuts a word longer than a line so nothing overflows")
  func cutsLongWords() {
    let word = String(repeating: "w", count: 40)
    let lines = SVGTextMetrics.wrapped(word, maxWidth: 100, fontSize: 15)
    #expect(lines.count > 1)
    #expect(lines.joined() == word)
    #expect(lines.allSatisfy { SVGTextMetrics.width(of: $0, fontSize: 15) <= 100 })
  }

  @Test("gives an empty text one empty line")
  func emptyText() {
    #expect(SVGTextMetrics.wrapped("", maxWidth: 100, fontSize: 15) == [""])
  }

  @Test(
    "writes coordinates with at most two decimals",
    arguments: [
      (1.0, "1"), (1.5, "1.5"), (1.25, "1.25"), (1.006, "1.01"), (-0.5, "-0.5"), (-2.25, "-2.25"), (0, "0"),
      (1e20, "0"), (.nan, "0"), (1234567.891, "1234567.89"),
    ])
  func svgNumbers(value: Double, text: String) {
    #expect(value.svgNumber == text)
  }
}
