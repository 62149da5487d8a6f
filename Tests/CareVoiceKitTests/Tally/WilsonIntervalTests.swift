import CareVoiceKit
import Testing

@Suite struct WilsonIntervalTests {
  // Reference values checked with scipy.stats.binomtest(x, n).proportion_ci(method="wilson").
  @Test(
    "matches published Wilson intervals to four decimals",
    arguments: [
      (0, 10, 0.0000, 0.2775), (10, 10, 0.7225, 1.0000), (81, 263, 0.2553, 0.3662), (354, 398, 0.8548, 0.9166),
    ])
  func referenceValues(count: Int, base: Int, lower: Double, upper: Double) throws {
    let interval = try #require(WilsonInterval(count: count, base: base))
    #expect(abs(interval.lower - lower) < 0.00005)
    #expect(abs(interval.upper - upper) < 0.00005)
  }

  @Test("has no interval on an empty base or an impossible count")
  func undefined() {
    #expect(WilsonInterval(count: 0, base: 0) == nil)
    #expect(WilsonInterval(count: 5, base: 4) == nil)
  }

  // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10; checked in Python.
  @Test(
    "matches Newcombe's hybrid score intervals for a difference of proportions",
    arguments: [
      (56, 70, 48, 80, 0.0524, 0.3339), (9, 10, 3, 10, 0.1705, 0.8090), (5, 56, 0, 29, -0.0381, 0.1926),
      (10, 10, 0, 10, 0.6075, 1.0000),
    ])
  func newcombe(x1: Int, n1: Int, x2: Int, n2: Int, lower: Double, upper: Double) throws {
    let change = try #require(ProportionChange(count: x1, base: n1, previousCount: x2, previousBase: n2))
    #expect(abs(change.lower - lower) < 0.00005)
    #expect(abs(change.upper - upper) < 0.00005)
    #expect(change.isSignificant == (lower > 0))
  }
}
