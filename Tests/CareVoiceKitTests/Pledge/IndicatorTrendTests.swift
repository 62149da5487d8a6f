import CareVoiceKit
import Testing

@Suite struct IndicatorTrendTests {
  typealias F = PledgeFixtures

  @Test("compares the first quarter of a financial year with the last quarter of the one before")
  func acrossYearBoundary() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 4), positive: 42, base: 50),
        .init(period: F.quarter(2026, 1), positive: 62, base: 68),
      ]))
    #expect(summary.value == 62.0 / 68.0 * 100)
    #expect(summary.previousPeriod == F.quarter(2025, 4))
    #expect(summary.previousPeriod?.description == "2025-26 Q4")
    #expect(summary.previous == 84)
    #expect(summary.change == 62.0 / 68.0 * 100 - 84)
    #expect(summary.isSignificant == false)
    #expect(summary.rating == .green)
    #expect(summary.series.map(\.period.description) == ["2025-26 Q4", "2026-27 Q1"])
  }

  @Test("skips a quarter with no evidence when finding the period before")
  func skipsEmptyQuarter() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 40, base: 50),
        .init(period: F.quarter(2025, 3), positive: 90, base: 100),
      ]))
    #expect(summary.previousPeriod == F.quarter(2025, 1))
    #expect(summary.previous == 80)
    #expect(summary.change == 10)
    #expect(summary.series.map(\.period) == [F.quarter(2025, 1), F.quarter(2025, 3)])
  }

  @Test("calls a 7-point rise significant on bases of 1,000 but not on bases of 100")
  func significance() throws {
    let large = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 780, base: 1000),
        .init(period: F.quarter(2025, 2), positive: 850, base: 1000),
      ]))
    #expect(abs((large.change ?? 0) - 7) < 1e-9)
    #expect(large.isSignificant == true)

    let small = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 78, base: 100),
        .init(period: F.quarter(2025, 2), positive: 85, base: 100),
      ]))
    #expect(abs((small.change ?? 0) - 7) < 1e-9)
    #expect(small.isSignificant == false)
  }

  @Test("a fall is significant when the whole interval is below zero")
  func significantFall() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 850, base: 1000),
        .init(period: F.quarter(2025, 2), positive: 780, base: 1000),
      ]))
    #expect(summary.isSignificant == true)
    #expect((summary.change ?? 0) < 0)
  }

  @Test("a financial year adds up its quarters and is compared with the year before")
  func financialYearFromQuarters() throws {
    let evidence: [IndicatorEvidence] = [
      .init(period: F.quarter(2024, 3), positive: 30, base: 40),
      .init(period: F.quarter(2024, 4), positive: 30, base: 40),
      .init(period: F.quarter(2025, 1), positive: 20, base: 25),
      .init(period: F.quarter(2025, 2), positive: 22, base: 25),
      .init(period: F.quarter(2025, 4), positive: 47, base: 50),
      .init(period: F.quarter(2026, 1), positive: 1, base: 1),  // after the year: not counted
    ]
    let summary = try #require(F.indicator(evidence, period: .financialYear(2025)))
    #expect(summary.base == 100)
    #expect(summary.value == 89)
    #expect(summary.rating == .amber)
    #expect(summary.previousPeriod == .financialYear(2024))
    #expect(summary.previous == 75)
    #expect(summary.change == 14)
    #expect(
      summary.series.map(\.period.description) == [
        "2024-25 Q3", "2024-25 Q4", "2025-26 Q1", "2025-26 Q2", "2025-26 Q4",
      ])
  }

  @Test("a quarter adds up the months loaded inside it")
  func quarterFromMonths() throws {
    let summary = try #require(
      F.indicator(
        [
          .init(period: .month(year: 2025, month: 4), positive: 27, base: 30),
          .init(period: .month(year: 2025, month: 6), positive: 24, base: 30),
          .init(period: .month(year: 2025, month: 7), positive: 1, base: 10),
        ], period: F.quarter(2025, 1)))
    #expect(summary.base == 60)
    #expect(summary.value == 85)
    #expect(summary.previousPeriod == nil)
    #expect(summary.series.map(\.period.description) == ["2025-04", "2025-06"])
  }

  @Test("hides a series point on a small base but keeps its period")
  func seriesHidesSmallBase() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 4, base: 4),
        .init(period: F.quarter(2025, 2), positive: 7, base: 8),
        .init(period: F.quarter(2025, 3), positive: 90, base: 100),
      ]))
    #expect(summary.series.map(\.value) == [nil, nil, 90])
    #expect(summary.series.map(\.base) == [nil, 8, 100])  // 4 is a suppressed count; 8 is not, but under 10
    #expect(summary.previousPeriod == F.quarter(2025, 2))
    #expect(summary.previous == nil)
    #expect(summary.change == nil)
    #expect(summary.value == 90)
  }

  @Test("reports on the latest period by default, and leaves later periods out of an earlier one's trend")
  func choosesPeriod() throws {
    let evidence: [IndicatorEvidence] = [
      .init(period: F.quarter(2025, 2), positive: 40, base: 50),
      .init(period: F.quarter(2025, 1), positive: 35, base: 50),
      .init(period: F.quarter(2025, 3), positive: 90, base: 100),
    ]
    #expect(F.indicator(evidence)?.value == 90)
    let earlier = try #require(F.indicator(evidence, period: F.quarter(2025, 2)))
    #expect(earlier.value == 80)
    #expect(earlier.previous == 70)
    #expect(earlier.series.map(\.period) == [F.quarter(2025, 1), F.quarter(2025, 2)])
  }

  @Test("has no period and a grey rating when nothing was loaded")
  func nothingLoaded() {
    let summary = PledgeSummary.evaluate(pledge: F.pledge(), evidence: [:], asOf: F.asOf)
    #expect(summary.period == nil)
    #expect(summary.previousPeriod == nil)
    #expect(summary.commitments.first?.rating == .grey)
    #expect(summary.commitments.first?.indicators.first?.series == [])
  }
}
