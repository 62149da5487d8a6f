import Testing

@testable import CareVoiceKit

/// Reference figures: Newcombe (1998), "Interval estimation for the difference between independent
/// proportions", Statistics in Medicine 17, method 10; checked again with statsmodels 0.14
/// (`proportion_confint(method="wilson")`, `confint_proportions_2indep(method="newcomb")`).
@Suite struct IndicatorIntervalTests {
  private func near(_ a: Double, _ b: Double, within tolerance: Double = 0.001) -> Bool {
    abs(a - b) <= tolerance
  }

  @Test(
    "gives Wilson's interval in percent",
    arguments: [
      (81, 263, 25.5289, 36.6210),
      (62, 68, 82.0562, 95.8932),
      (0, 10, 0.0, 27.7533),
      (10, 10, 72.2467, 100.0),
    ])
  func wilson(positive: Int, base: Int, lower: Double, upper: Double) throws {
    let interval = try #require(IndicatorInterval.wilson(positive: positive, base: base))
    #expect(near(interval.lowerBound, lower))
    #expect(near(interval.upperBound, upper))
  }

  @Test("has no interval on an empty base")
  func emptyBase() {
    #expect(IndicatorInterval.wilson(positive: 0, base: 0) == nil)
    #expect(IndicatorInterval.change(from: (0, 0), to: (5, 10)) == nil)
  }

  @Test(
    "gives Newcombe's hybrid score interval for a change, in points",
    arguments: [
      (56, 70, 48, 80, 5.2431, 33.3873),  // Newcombe 1998, example (a)
      (9, 10, 3, 10, 17.0523, 80.9018),  // example (b)
      (5, 56, 0, 29, -3.8137, 19.2560),  // example (d)
      (0, 10, 0, 20, -16.1125, 27.7533),  // example (e)
      (850, 1000, 780, 1000, 3.6018, 10.3855),
      (85, 100, 78, 100, -3.8443, 17.7095),
    ])
  func newcombe(now: Int, nowBase: Int, before: Int, beforeBase: Int, lower: Double, upper: Double) throws {
    let interval = try #require(
      IndicatorInterval.change(from: (before, beforeBase), to: (now, nowBase)))
    #expect(near(interval.lowerBound, lower))
    #expect(near(interval.upperBound, upper))
  }
}
