import CareVoiceKit
import Testing

@Suite struct TallyDisclosureTests {
  static let breakdowns: [Breakdown] = [.none, .attribute("age_band"), .period]

  @Test(
    "leaves no small count and nothing recoverable in the fixture's tally",
    arguments: breakdowns, [DisclosureRule.standard, DisclosureRule(minimumCell: 10)])
  func auditFixture(breakdown: Breakdown, rule: DisclosureRule) throws {
    let accumulator = try TallyFixture.accumulator(by: breakdown)
    for periods in [[TallyFixture.q1], [TallyFixture.q2], [TallyFixture.q1, TallyFixture.q2]] {
      let tally = accumulator.tally(periods: periods, rule: rule)
      let audit = DisclosureAudit(tally, instrument: TallyFixture.instrument)
      #expect(audit.problems.isEmpty, "\(audit.problems)")
    }
  }

  @Test("hides a single not-shown answer and the missing total it makes, keeping the base")
  func missingSplit() throws {
    let question = try TallyFixture.accumulator().tally(periods: [TallyFixture.q1]).questions[0]
    // In Q1 one child was not shown feel_safe and none skipped it.
    #expect(TallyReference.notShown(TallyReference.answers(0, periods: [TallyFixture.q1])) == 1)
    #expect(question.notShown == nil && question.missing == nil)
    #expect(question.skipped == 0)
    #expect(question.overall.base == 25)
  }

  @Test("hides the partner of a small option so the base cannot give it back")
  func optionPartner() throws {
    let question = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2]).questions[0]
    // Q2 feel_safe: yes 25, sometimes 2, no 3 — both small, so no partner beyond them is needed.
    #expect(question.overall.options.map(\.share.isSuppressed) == [false, true, true])
    #expect(question.overall.options[0].share.count == 25)
    #expect(question.overall.positive?.count == 25)
    let settled = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2]).questions[5]
    // Q2 settled: yes 18, no 7, skipped 5, not shown 0: the 5 skips are hidden, and missing with them.
    #expect(settled.skipped == nil && settled.missing == nil && settled.notShown == 0)
  }

  @Test("with the rule off every count is published")
  func ruleOff() throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally(rule: .off)
    #expect(tally.minimumCell == 0)
    for question in tally.questions {
      #expect(question.missing != nil && question.skipped != nil && question.notShown != nil)
      for row in [question.overall] + (question.breakdown ?? []).map(\.row) {
        #expect(row.base != nil)
        #expect(row.options.allSatisfy { !$0.share.isSuppressed && $0.share.count != nil })
      }
    }
  }

  @Test("withholds percentages, shares and medians on a base under the minimum, and flags it")
  func smallBase() throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally(periods: [TallyFixture.q1])
    // Q1 has one respondent without an age band.
    let notStated = try #require(tally.questions[0].breakdown?.last)
    #expect(notStated.group == "not stated")
    #expect(notStated.row.figuresHidden)
    #expect(notStated.row.base == nil)
    #expect(notStated.row.options.allSatisfy { $0.share.percent == nil && $0.share.ci95 == nil })
    let number = try #require(tally.questions[3].breakdown?.last?.row.number)
    #expect(number.mean == nil && number.median == nil && number.min == nil)
  }

  @Test("the audit itself notices a small count or a lone hidden count put back")
  func auditNotices() throws {
    var tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2])
    tally.questions[0].overall.options[2].share = ShareTally(count: 3, percent: 10, ci95: nil, isSuppressed: false)
    let problems = DisclosureAudit(tally, instrument: TallyFixture.instrument).problems
    #expect(problems.contains("feel_safe overall no shows 3"))
    #expect(problems.contains("feel_safe overall options: one hidden part of a published total"))
  }
}
