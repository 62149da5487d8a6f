import CareVoiceKit
import Testing

@Suite struct NumberSampleTests {
  @Test(
    "gives the exact median of whole, fractional, negative and very large values together",
    arguments: [
      ([3.0, 1, 2], 2.0), ([4.0, 1, 3, 2], 2.5), ([-2.0, 0.5, 7, 70_000], 3.75), ([5.0], 5.0),
      ([1.0, 1, 1, 100_000], 1.0), ([2.5, 2.5, 1, 9], 2.5), ([0.0, -0.0, 65_535, 65_536], 32_767.5),
    ])
  func median(values: [Double], expected: Double) {
    var sample = NumberSample()
    for value in values { sample.add(value) }
    #expect(sample.median == expected)
    #expect(sample.count == values.count)
    #expect(sample.minimum == values.min() && sample.maximum == values.max())
  }

  @Test("merges samples as if every value had been added to one")
  func merge() {
    var first = NumberSample()
    var second = NumberSample()
    var both = NumberSample()
    for (index, value) in [4.0, 10, 1.5, 300, -1, 7, 7, 2].enumerated() {
      if index % 2 == 0 { first.add(value) } else { second.add(value) }
      both.add(value)
    }
    first.merge(second)
    #expect(first.median == both.median && first.sum == both.sum && first.count == both.count)
    #expect(NumberSample().median == nil && NumberSample().mean == nil)
  }
}

@Suite struct TallyEdgeTests {
  @Test("counts an answer that does not fit its question as not shown, and a missing answer too")
  func misfits() throws {
    var accumulator = try TallyAccumulator(instrument: TallyFixture.instrument)
    let answers: [Answer] = [.number(3), .choice(2), .choice(9), .text("x"), .choices([0]), .choice(1)]
    accumulator.add(
      Response(id: "odd", attributes: [], answers: answers, location: .init(file: "f", line: 1)),
      period: TallyFixture.q1)
    accumulator.add(
      Response(id: "short", attributes: [], answers: [.choice(0)], location: .init(file: "f", line: 2)),
      period: TallyFixture.q1)
    let tally = accumulator.tally(rule: .off)
    #expect(tally.respondents == 2)
    #expect(tally.questions.map(\.notShown) == [1, 1, 2, 2, 2, 1])
    #expect(tally.questions[1].overall.options[2].share.count == 1)
    #expect(tally.questions[5].overall.options[1].share.count == 1)
    #expect(tally.questions[0].overall.options[0].share.count == 1)
  }

  @Test("lists a selected period with no responses and counts nobody for it")
  func emptyPeriod() throws {
    let q3 = Period.quarter(year: 2025, quarter: 3)
    let tally = try TallyFixture.accumulator().tally(periods: [q3])
    #expect(tally.periods == [q3] && tally.respondents == 0)
    #expect(tally.previousPeriod == TallyFixture.q2)
    #expect(tally.questions[0].trend?.options.allSatisfy { $0.change == nil } == true)
  }

  @Test("hides a theme score when one of its shares is hidden")
  func themeSuppressed() throws {
    // With a minimum of 20, Q2's 18 settled children are hidden, and so is the safety score.
    let tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2], rule: DisclosureRule(minimumCell: 20))
    #expect(tally.questions[5].overall.positive?.percent == nil)
    let safety = try #require(tally.themes.first)
    #expect(safety.isSuppressed && safety.meanPositivePercent == nil)
    #expect(safety.questions == ["feel_safe", "settled"])
  }

  @Test("reads --by: nothing, period, or an attribute")
  func breakdownNames() {
    #expect(Breakdown(by: nil) == Breakdown.none)
    #expect(Breakdown(by: "period") == .period)
    #expect(Breakdown(by: "age_band") == .attribute("age_band"))
    #expect(Breakdown.attribute("age_band").name == "age_band" && Breakdown.none.name == nil)
  }
}
