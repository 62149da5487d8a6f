import CareVoiceKit
import Foundation
import Testing

@Suite struct TallyRendererTests {
  static let rules = [DisclosureRule.standard, DisclosureRule(minimumCell: 10)]
  static let breakdowns: [Breakdown] = [.none, .attribute("age_band"), .period]

  @Test("no format shows a count under the minimum in a count position", arguments: rules, breakdowns)
  func noSmallCounts(rule: DisclosureRule, breakdown: Breakdown) throws {
    let accumulator = try TallyFixture.accumulator(by: breakdown)
    for periods in [[TallyFixture.q1], [TallyFixture.q2], [TallyFixture.q1, TallyFixture.q2]] {
      let tally = accumulator.tally(periods: periods, rule: rule)
      let found: [(TallyFormat, [Int])] = [
        (.table, RenderedCounts.inTable(tally.rendered(as: .table))),
        (.md, RenderedCounts.inMarkdown(tally.rendered(as: .md))),
        (.csv, RenderedCounts.inCSV(tally.rendered(as: .csv))),
        (.json, try RenderedCounts.inJSON(tally.rendered(as: .json))),
      ]
      for (format, counts) in found {
        #expect(!counts.isEmpty, "\(format) shows counts at all")
        #expect(counts.allSatisfy { !rule.suppresses($0) }, "\(format): \(counts.filter(rule.suppresses))")
      }
    }
  }

  @Test("the scan finds small counts when the rule is off, so it is really looking")
  func scanSeesSmallCounts() throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally(rule: .off)
    for text in [tally.rendered(as: .table)] {
      #expect(RenderedCounts.inTable(text).contains { (1...5).contains($0) })
    }
    #expect(RenderedCounts.inMarkdown(tally.rendered(as: .md)).contains { (1...5).contains($0) })
    #expect(RenderedCounts.inCSV(tally.rendered(as: .csv)).contains { (1...5).contains($0) })
    #expect(try RenderedCounts.inJSON(tally.rendered(as: .json)).contains { (1...5).contains($0) })
  }

  @Test("writes suppressed counts as words in the readable formats and blank with a flag in CSV")
  func suppressedWording() throws {
    let tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2])
    let table = tally.rendered(as: .table)
    #expect(table.contains("Sometimes         fewer than 6"))
    #expect(tally.rendered(as: .md).contains("| Sometimes | fewer than 6 |  |  |"))
    let csv = tally.rendered(as: .csv)
    #expect(csv.contains(",all,option,sometimes,Sometimes,,,,,30,true,\r\n"))
    let strict = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2], rule: DisclosureRule(minimumCell: 10))
    #expect(strict.rendered(as: .table).contains("Sometimes         fewer than 10"))
  }

  @Test("rounds a single-choice question's percentages to add up to 100")
  func largestRemainder() throws {
    let tally = try TallyFixture.accumulator().tally(rule: .off)
    let markdown = tally.rendered(as: .md)
    // feel_safe over both quarters: 39, 7 and 9 of 55 are 70.9%, 12.7% and 16.4%: 71 + 13 + 16 = 100.
    #expect(markdown.contains("| Yes | 39 | 71% |"))
    #expect(markdown.contains("| Sometimes | 7 | 13% |"))
    #expect(markdown.contains("| No | 9 | 16% |"))
  }

  @Test("encodes the documented JSON keys in the documented order")
  func jsonShape() throws {
    let tally = try TallyFixture.accumulator().tally(periods: [TallyFixture.q2])
    let text = tally.rendered(as: .json)
    let keys = ["\"instrument\"", "\"periods\"", "\"respondents\"", "\"min_cell\"", "\"questions\""]
    let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count && positions == positions.sorted())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["respondents"] as? Int == 30)
    let question = try #require((object["questions"] as? [[String: Any]])?.first)
    let option = try #require((question["options"] as? [[String: Any]])?.first)
    #expect(Set(option.keys) == ["value", "label", "count", "percent", "ci95", "suppressed"])
    #expect(question["base"] as? Int == 30 && question["missing"] as? Int == 0)
    #expect(question["positive_percent"] as? Double == 25.0 / 30 * 100)
    let hidden = try #require((question["options"] as? [[String: Any]])?[1])
    #expect(hidden["count"] is NSNull && hidden["suppressed"] as? Bool == true)
    let number = try #require((object["questions"] as? [[String: Any]])?[3])
    #expect(Set(["n", "sum", "mean", "median", "min", "max"]).isSubset(of: Set(number.keys)))
    #expect(number["options"] == nil)
  }

  @Test("says so when nothing is loaded")
  func empty() throws {
    let tally = try TallyAccumulator(instrument: TallyFixture.instrument).tally()
    #expect(tally.respondents == 0)
    #expect(tally.rendered(as: .table).contains("No responses are loaded"))
    #expect(tally.questions.allSatisfy { $0.overall.base == 0 && $0.overall.figuresHidden })
  }
}
