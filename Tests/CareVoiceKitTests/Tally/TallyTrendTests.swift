import CareVoiceKit
import Testing

@Suite struct TallyTrendTests {
  typealias R = TallyReference

  @Test("compares the latest period with the one before: feeling safe rose 27.3 points, a significant change")
  func knownChange() throws {
    let tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2], rule: .off)
    #expect(tally.previousPeriod == TallyFixture.q1)
    let trend = try #require(tally.questions[0].trend)
    #expect(trend.period == TallyFixture.q2 && trend.previousPeriod == TallyFixture.q1)
    let now = R.answers(0, periods: [TallyFixture.q2])
    let before = R.answers(0, periods: [TallyFixture.q1])
    for change in trend.options {
      let (x1, n1) = (R.count(change.value, in: now), R.base(now))
      let (x2, n2) = (R.count(change.value, in: before), R.base(before))
      let interval = R.newcombe(x1, n1, x2, n2)
      #expect(R.close(change.change, Double(x1) * 100 / Double(n1) - Double(x2) * 100 / Double(n2)))
      #expect(R.close(change.changeCI95?.lower, interval.lower), "\(change.value)")
      #expect(R.close(change.changeCI95?.upper, interval.upper))
      #expect(change.isSignificant == (interval.lower > 0 || interval.upper < 0))
    }
    let yes = try #require(trend.options.first)
    #expect(abs((yes.change ?? 0) - 27.3333) < 0.001)
    #expect(yes.isSignificant == true)
    #expect(trend.options[2].isSignificant == false)
    #expect(trend.positive?.isSignificant == true)
    #expect(R.close(trend.positive?.change, yes.change))
  }

  @Test("lists every period in the series with its own figures, even when one period is selected")
  func series() throws {
    let tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q1], rule: .off)
    let trend = try #require(tally.questions[0].trend)
    #expect(trend.series.map(\.period) == [TallyFixture.q1, TallyFixture.q2])
    #expect(trend.previousPeriod == nil)
    #expect(trend.options.allSatisfy { $0.change == nil && $0.isSignificant == nil })
    for entry in trend.series {
      #expect(entry.row.base == R.base(R.answers(0, periods: [entry.period])))
      #expect(entry.row.options[0].share.count == R.count("yes", in: R.answers(0, periods: [entry.period])))
    }
  }

  @Test("scores a theme as the mean positive share of its questions")
  func themeScores() throws {
    let tally = try TallyFixture.accumulator().tally(rule: .off)
    let safety = try #require(tally.themes.first { $0.theme == "safety" })
    #expect(safety.questions == ["feel_safe", "settled"])
    let periods = [TallyFixture.q1, TallyFixture.q2]
    let shares = [0, 5].map { index -> Double in
      let answers = R.answers(index, periods: periods)
      return Double(R.count("yes", in: answers)) * 100 / Double(R.base(answers))
    }
    #expect(R.close(safety.meanPositivePercent, (shares[0] + shares[1]) / 2))
    #expect(!safety.isSuppressed)
    #expect(tally.themes.map(\.theme) == ["safety", "voice"])
  }
}
