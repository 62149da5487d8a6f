import CareVoiceKit
import PropertyBased
import Testing

@Suite struct SuppressionPropertyTests {
  /// A table of `rows` × `columns` counts taken from `values`.
  static func table(_ rows: Int, _ columns: Int, _ values: [Int], rowTotals: Bool = true) -> CountTable {
    CountTable(
      (0..<rows).map { r in Array(values[(r * columns)..<(r * columns + columns)]) }, publishesRowTotals: rowTotals)
  }

  @Test("after suppression every published total has no hidden part or at least two, and no small count shows")
  func tableInvariants() async {
    await propertyCheck(
      count: 400, input: Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 0...30).array(of: 25),
      Gen.int(in: 0...12), Gen.bool
    ) { rows, columns, values, minimum, rowTotals in
      let table = Self.table(rows, columns, values, rowTotals: rowTotals)
      let rule = DisclosureRule(minimumCell: minimum)
      let mask = table.suppressed(by: rule)
      let hidden = mask.cells.flatMap { $0 } + mask.rowTotals + mask.columnTotals + [mask.grandTotal]
      #expect(SecondarySuppression.exposedLines(table.lines, hidden: hidden).isEmpty)
      for (index, count) in table.flatCounts.enumerated() {
        if !hidden[index] { #expect(!rule.suppresses(count), "published \(count)") }
        if rule.suppresses(count) { #expect(hidden[index]) }
      }
      if minimum == 0 { #expect(mask.cells.allSatisfy { !$0.contains(true) }) }
    }
  }

  /// Responses of the fixture instrument made from seeds: any mix of answers, skips, not-shown and age bands.
  static func responses(_ seeds: [Int]) -> [(Response, Period)] {
    seeds.enumerated().map { number, seed in
      var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
      }
      func unanswered() -> Answer? {
        switch next(10) {
        case 0: return .skipped
        case 1: return .notShown
        default: return nil
        }
      }
      let answers: [Answer] = [
        unanswered() ?? .choice(next(3)),
        unanswered() ?? .choices(ChoiceSet(bits: UInt64(1 + next(15)))),
        unanswered() ?? .choice(next(5)),
        unanswered() ?? .number(Double(next(8)) + (next(4) == 0 ? 0.5 : 0)),
        unanswered() ?? .text("comment"),
        unanswered() ?? .choice(next(2)),
      ]
      let band = ["8-12", "13-15", "16-17", nil][next(4)]
      let period = [TallyFixture.q1, TallyFixture.q2, Period.quarter(year: 2025, quarter: 3)][next(3)]
      return (
        Response(id: "P\(number)", attributes: [band], answers: answers, location: .init(file: "p", line: number)),
        period
      )
    }
  }

  @Test("single-choice counts add up to the base, and answered, skipped and not shown to the respondents")
  func countsAddUp() async throws {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000).array(of: 0...120)) { seeds in
      var accumulator = try TallyAccumulator(instrument: TallyFixture.instrument, breakdown: .attribute("age_band"))
      for (response, period) in Self.responses(seeds) { accumulator.add(response, period: period) }
      let tally = accumulator.tally(rule: .off)
      #expect(tally.respondents == seeds.count)
      for question in tally.questions {
        let base = question.overall.base ?? -1
        #expect(base + (question.skipped ?? -1) + (question.notShown ?? -1) == seeds.count)
        if question.type == .single || question.type == .scale {
          #expect(question.overall.options.compactMap(\.share.count).reduce(0, +) == base)
        }
        #expect((question.breakdown ?? []).compactMap(\.row.base).reduce(0, +) == base)
        #expect((question.trend?.series ?? []).compactMap(\.row.base).reduce(0, +) == base)
      }
    }
  }

  @Test(
    "no published tally shows a small count or leaves a hidden one recoverable",
    arguments: [Breakdown.attribute("age_band"), .period], [6, 10])
  func tallyInvariants(breakdown: Breakdown, minimum: Int) async throws {
    await propertyCheck(
      count: 60, input: Gen.int(in: 0...1_000_000).array(of: 0...150), Gen.int(in: 0...2)
    ) { seeds, selection in
      var accumulator = try TallyAccumulator(instrument: TallyFixture.instrument, breakdown: breakdown)
      for (response, period) in Self.responses(seeds) { accumulator.add(response, period: period) }
      let periods = [[TallyFixture.q2], [TallyFixture.q1, TallyFixture.q2], accumulator.periods][selection]
      let tally = accumulator.tally(periods: periods, rule: DisclosureRule(minimumCell: minimum))
      let audit = DisclosureAudit(tally, instrument: TallyFixture.instrument)
      #expect(audit.problems.isEmpty, "\(audit.problems)")
    }
  }
}
