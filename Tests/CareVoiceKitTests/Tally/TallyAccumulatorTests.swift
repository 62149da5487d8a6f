import CareVoiceKit
import Testing

@Suite struct TallyAccumulatorTests {
  typealias R = TallyReference
  static let selections = [[TallyFixture.q1], [TallyFixture.q2], [TallyFixture.q1, TallyFixture.q2]]

  /// Checks one tally row of an option question against the written answers.
  func expectOptions(_ row: TallyRow, question: Question, answers: [String]) {
    let base = R.base(answers)
    #expect(row.base == base, "base of \(question.id)")
    for (option, tallied) in zip(question.options, row.options) {
      let count = R.count(option.value, in: answers)
      let interval = R.wilson(count, base)
      #expect(tallied.share.count == count, "\(question.id) \(option.value)")
      #expect(R.close(tallied.share.percent, Double(count) * 100 / Double(base)))
      #expect(R.close(tallied.share.ci95?.lower, interval.lower), "\(question.id) \(option.value) ci")
      #expect(R.close(tallied.share.ci95?.upper, interval.upper))
      #expect(!tallied.share.isSuppressed)
    }
  }

  @Test("counts every base, option, skip and not-shown as a plain count of the rows does", arguments: selections)
  func countsMatchRows(periods: [Period]) throws {
    let tally = try TallyFixture.accumulator().tally(periods: periods, rule: .off)
    #expect(tally.respondents == TallyFixture.rows.filter { periods.contains($0.period) }.count)
    #expect(tally.minimumCell == 0)
    for (index, question) in TallyFixture.instrument.questions.enumerated() {
      let answers = R.answers(index, periods: periods)
      let tallied = tally.questions[index]
      #expect(tallied.skipped == R.skipped(answers), "skipped \(question.id)")
      #expect(tallied.notShown == R.notShown(answers), "not shown \(question.id)")
      #expect(tallied.missing == answers.count - R.base(answers))
      #expect(tallied.overall.base == R.base(answers))
      if question.hasOptions { expectOptions(tallied.overall, question: question, answers: answers) }
    }
  }

  @Test("a multiple-choice base counts respondents who ticked anything, so its percentages can pass 100")
  func multipleChoice() throws {
    let tally = try TallyFixture.accumulator().tally(rule: .off)
    let activities = tally.questions[1]
    let answers = R.answers(1, periods: [TallyFixture.q1, TallyFixture.q2])
    let ticks = answers.filter { !$0.isEmpty && $0 != "-" }.reduce(0) { $0 + $1.split(separator: ";").count }
    #expect(activities.overall.mentions == ticks)
    #expect(activities.overall.base == answers.filter { !$0.isEmpty && $0 != "-" }.count)
    let total = activities.overall.options.compactMap(\.share.percent).reduce(0, +)
    #expect(total > 100)
  }

  @Test("positive shares and mean scores follow the options marked positive and their scores", arguments: selections)
  func positiveAndScores(periods: [Period]) throws {
    let tally = try TallyFixture.accumulator().tally(periods: periods, rule: .off)
    let listened = R.answers(2, periods: periods)
    let base = R.base(listened)
    let positive = R.count("strongly-agree", in: listened) + R.count("agree", in: listened)
    let row = tally.questions[2].overall
    #expect(row.positive?.count == positive)
    #expect(R.close(row.positive?.percent, Double(positive) * 100 / Double(base)))
    #expect(R.close(row.positive?.ci95?.lower, R.wilson(positive, base).lower))
    let scores = ["strongly-agree": 5.0, "agree": 4, "not-sure": 3, "disagree": 2, "strongly-disagree": 1]
    let total = listened.compactMap { scores[$0] }.reduce(0, +)
    #expect(R.close(row.meanScore, total / Double(base)))
    #expect(tally.questions[0].overall.positive?.count == R.count("yes", in: R.answers(0, periods: periods)))
    #expect(tally.questions[1].overall.positive == nil)
  }

  @Test("a number question has n, sum, mean, exact median, min and max", arguments: selections)
  func numbers(periods: [Period]) throws {
    let tally = try TallyFixture.accumulator().tally(periods: periods, rule: .off)
    let values = R.answers(3, periods: periods).compactMap(Double.init).sorted()
    let number = try #require(tally.questions[3].overall.number)
    let middle = values.count / 2
    let median = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    #expect(number.n == values.count)
    #expect(R.close(number.sum, values.reduce(0, +)))
    #expect(R.close(number.mean, values.reduce(0, +) / Double(values.count)))
    #expect(number.median == median)
    #expect(number.min == values.first)
    #expect(number.max == values.last)
    #expect(tally.questions[3].overall.options.isEmpty)
  }

  @Test("a text question has only its base")
  func textQuestion() throws {
    let comments = try TallyFixture.accumulator().tally(rule: .off).questions[4]
    let answers = R.answers(4, periods: [TallyFixture.q1, TallyFixture.q2])
    #expect(comments.overall.base == R.base(answers))
    #expect(comments.overall.options.isEmpty && comments.overall.number == nil)
    #expect(comments.overall.positive == nil && comments.overall.meanScore == nil)
  }

  @Test("breaks down by age band in the declared order, with respondents without one last as not stated")
  func breakdownByAttribute() throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally(rule: .off)
    #expect(tally.breakdown == "age_band")
    let periods = [TallyFixture.q1, TallyFixture.q2]
    for (index, question) in TallyFixture.instrument.questions.enumerated() {
      let groups = try #require(tally.questions[index].breakdown)
      #expect(groups.map(\.group) == ["8-12", "13-15", "16-17", "not stated"])
      for group in groups {
        let answers = R.answers(index, periods: periods, ageBand: group.group)
        #expect(group.row.base == R.base(answers), "\(question.id) \(group.group)")
        if question.hasOptions { expectOptions(group.row, question: question, answers: answers) }
      }
    }
  }

  @Test("breaks down by period, each period with its own base and options")
  func breakdownByPeriod() throws {
    let tally = try TallyFixture.accumulator(by: .period).tally(rule: .off)
    let groups = try #require(tally.questions[0].breakdown)
    #expect(groups.map(\.group) == ["2025-26 Q1", "2025-26 Q2"])
    for (group, period) in zip(groups, [TallyFixture.q1, TallyFixture.q2]) {
      expectOptions(group.row, question: TallyFixture.instrument.questions[0], answers: R.answers(0, periods: [period]))
    }
  }

  @Test("names an unknown breakdown attribute and the ones that exist")
  func unknownBreakdown() {
    #expect(throws: UnknownBreakdown.self) {
      try TallyAccumulator(instrument: TallyFixture.instrument, breakdown: .attribute("placement"))
    }
    let error = UnknownBreakdown(name: "placement", instrument: "child-review-test", attributes: ["age_band"])
    #expect(
      error.description
        == "error: \"placement\" is not an attribute of child-review-test; use --by with one of age_band, or --by period"
    )
  }
}
