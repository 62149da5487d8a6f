import CareVoiceKit
import Testing

@Suite struct RatingTests {
  @Test(
    "rates a share against its target and red line, exactly at every boundary",
    arguments: [
      (90, 100, Rating.green),  // exactly on target
      (89, 100, .amber),  // just below target
      (75, 100, .amber),  // exactly on red_below is not red
      (74, 100, .red),  // just below red_below
      (100, 100, .green),
      (0, 100, .red),
    ])
  func boundaries(positive: Int, base: Int, expected: Rating) {
    #expect(Rating(positive: positive, base: base, target: 90, redBelow: 75) == expected)
  }

  @Test(
    "is green exactly on a target whose percentage a Double cannot hold exactly",
    arguments: [
      (57, 100, 57.0, Rating.green),  // 57 / 100 * 100 is 56.99999999999999 in floating point
      (601, 1000, 60.1, .green),  // 601 / 1000 * 100 is 60.099999999999994
      (600, 1000, 60.1, .amber),
      (7, 8, 87.5, .green),  // a fractional target, met exactly
      (175, 200, 87.5, .green),
      (174, 200, 87.5, .amber),
      (1, 3, 33.333333, .green),  // a third is above 33.333333%
      (1, 3, 33.333334, .amber),
    ])
  func awkwardTargets(positive: Int, base: Int, target: Double, expected: Rating) {
    #expect(Rating(positive: positive, base: base, target: target, redBelow: 10) == expected)
  }

  @Test("is red exactly on a fractional red line only when below it")
  func fractionalRedLine() {
    #expect(Rating(positive: 121, base: 200, target: 80, redBelow: 60.5) == .amber)
    #expect(Rating(positive: 120, base: 200, target: 80, redBelow: 60.5) == .red)
  }

  @Test("compares huge bases without overflowing")
  func hugeBase() {
    let base = Int.max / 10
    #expect(Rating(positive: base / 10 * 9, base: base, target: 90, redBelow: 75) == .green)
    #expect(Rating(positive: base / 10 * 9 - 1, base: base, target: 90, redBelow: 75) == .amber)
    #expect(Rating(positive: base, base: base, target: 90, redBelow: 75) == .green)
  }
}

@Suite struct GreyRuleTests {
  typealias F = PledgeFixtures

  @Test("colours a base exactly at the Pledge's minimum, and greys one below it")
  func minimumBase() throws {
    let atMinimum = try #require(F.indicator([.init(period: F.quarter(2025, 2), positive: 10, base: 10)]))
    #expect(atMinimum.rating == .green)
    #expect(atMinimum.value == 100)
    #expect(atMinimum.base == 10)

    let below = try #require(F.indicator([.init(period: F.quarter(2025, 2), positive: 9, base: 9)]))
    #expect(below.rating == .grey)
    #expect(below.value == nil)
    #expect(below.ci95 == nil)
    #expect(below.base == 9)  // 9 is no small count under a minimum cell of 6: the base itself is shown
  }

  @Test("greys a base under the disclosure minimum even when the Pledge's minimum allows it")
  func disclosureMinimum() throws {
    let evidence = [IndicatorEvidence(period: F.quarter(2025, 2), positive: 11, base: 11)]
    let strictBoard = try #require(F.indicator(evidence, minimumBase: 5, minimumCell: 12))
    #expect(strictBoard.rating == .grey)
    #expect(strictBoard.value == nil)
    #expect(strictBoard.base == nil)  // 11 is itself a suppressed count under a minimum cell of 12

    let standard = try #require(F.indicator(evidence, minimumBase: 5, minimumCell: 6))
    #expect(standard.rating == .green)
  }

  @Test("greys an indicator with no evidence in the period")
  func noEvidence() throws {
    let summary = try #require(
      F.indicator([.init(period: F.quarter(2025, 1), positive: 40, base: 50)], period: F.quarter(2025, 2)))
    #expect(summary.rating == .grey)
    #expect(summary.base == 0)
    #expect(summary.previous == 80)  // the period before still shows
    #expect(summary.change == nil)
    #expect(summary.isSignificant == nil)
  }
}
