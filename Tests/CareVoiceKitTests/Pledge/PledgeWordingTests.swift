import Testing

@testable import CareVoiceKit

@Suite struct PledgeWordingTests {
  typealias F = PledgeFixtures

  @Test(
    "neutralises spreadsheet formulas and quotes per RFC 4180",
    arguments: [
      ("plain", "plain"),
      ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
      ("+44 1632 960000", "'+44 1632 960000"),
      ("-3", "'-3"),
      ("@cmd", "'@cmd"),
      ("a, b", "\"a, b\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""),
      ("=1,2", "\"'=1,2\""),
      ("", ""),
    ])
  func csvCell(text: String, expected: String) {
    #expect(PledgeSummary.csvCell(text) == expected)
  }

  @Test(
    "describes a change in whole points of the rounded figures shown",
    arguments: [
      (91.18, 84.0, true, "up 7 points (a significant change)"),
      (91.18, 84.0, false, "up 7 points (not a significant change)"),
      (83.0, 84.4, false, "down 1 point (not a significant change)"),
      (84.3, 84.1, false, "up less than 1 point (not a significant change)"),
      (84.1, 84.3, true, "down less than 1 point (a significant change)"),
      (84.0, 84.0, false, "no change (not a significant change)"),
      (84.6, 84.4, false, "up 1 point (not a significant change)"),  // shown as 85% and 84%
    ])
  func trend(value: Double, previous: Double, significant: Bool, expected: String) {
    var indicator = IndicatorSummary(
      indicator: F.knowsSocialWorker, evidence: [], period: nil,
      threshold: EvidenceThreshold(minimumBase: 10, disclosure: .standard))
    indicator.value = value
    indicator.previous = previous
    indicator.change = value - previous
    indicator.isSignificant = significant
    #expect(PledgeWording.trend(of: indicator) == expected)
  }

  @Test("writes no trend without a previous figure")
  func noTrend() {
    var indicator = IndicatorSummary(
      indicator: F.knowsSocialWorker, evidence: [], period: nil,
      threshold: EvidenceThreshold(minimumBase: 10, disclosure: .standard))
    indicator.value = 90
    #expect(PledgeWording.trend(of: indicator) == "")
  }

  @Test("rounds halves up and writes targets as the Pledge gave them")
  func figures() {
    #expect(PledgeWording.percent(87.5) == "88%")
    #expect(PledgeWording.percent(nil) == "")
    #expect(PledgeWording.target(90) == "90%")
    #expect(PledgeWording.target(87.5) == "87.5%")
    #expect(PledgeWording.range(82.06...95.89) == "82–96%")
  }

  @Test("writes ratings and dates in words")
  func words() {
    #expect(Rating.allCases.map(PledgeWording.rating) == ["Green", "Amber", "Red", "Not enough evidence"])
    #expect(PledgeWording.date(F.day("2026-02-01")) == "1 February 2026")
  }
}
