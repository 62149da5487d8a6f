import CareVoiceKit
import Foundation
import Testing

@Suite struct PledgeSummaryJSONTests {
  typealias F = PledgeFixtures

  @Test("encodes the summary in the Pledge JSON shape, keys sorted, figures unrounded, hidden ones null")
  func shape() throws {
    let json = String(decoding: try PledgeSummaryFixture.summary.json(), as: UTF8.self)
    #expect(
      json == #"""
        {
          "actions_summary" : {
            "completed" : 1,
            "completed_on_time" : 1,
            "dropped" : 0,
            "due" : 1,
            "due_soon" : 1,
            "overdue" : 0,
            "total" : 2
          },
          "as_of" : "2025-12-31",
          "commitments" : [
            {
              "actions" : [
                {
                  "completed_on" : "2025-11-20",
                  "due" : "2025-12-31",
                  "id" : "P1-A1",
                  "state" : "completed-on-time",
                  "status" : "completed"
                }
              ],
              "id" : "P1",
              "indicators" : [
                {
                  "base" : 68,
                  "change" : 7.17647058823529,
                  "ci95" : [
                    82.05623087685488,
                    95.89318846855107
                  ],
                  "instrument" : "child-review-consultation",
                  "previous" : 84,
                  "previous_period" : "2025-26 Q1",
                  "question" : "knows_social_worker",
                  "rating" : "green",
                  "red_below" : 75,
                  "series" : [
                    {
                      "base" : 50,
                      "period" : "2025-26 Q1",
                      "suppressed" : false,
                      "value" : 84
                    },
                    {
                      "base" : 68,
                      "period" : "2025-26 Q2",
                      "suppressed" : false,
                      "value" : 91.17647058823529
                    }
                  ],
                  "significant" : false,
                  "suppressed" : false,
                  "target" : 90,
                  "value" : 91.17647058823529
                }
              ],
              "promise" : "We will make sure you know who your social worker is and how to contact them",
              "rating" : "green",
              "themes" : [
                {
                  "answered" : 80,
                  "instrument" : "child-review-consultation",
                  "label" : "Changes of social worker",
                  "percent" : 15,
                  "question" : "change_one",
                  "respondents" : 12,
                  "suppressed" : false,
                  "theme" : "social-worker-change"
                },
                {
                  "answered" : 80,
                  "instrument" : "child-review-consultation",
                  "label" : "Contact with family",
                  "percent" : null,
                  "question" : "change_one",
                  "respondents" : null,
                  "suppressed" : true,
                  "theme" : "contact-family"
                }
              ]
            },
            {
              "actions" : [
                {
                  "completed_on" : null,
                  "due" : "2026-01-15",
                  "id" : "P2-A1",
                  "state" : "due-soon",
                  "status" : "in-progress"
                }
              ],
              "id" : "P2",
              "indicators" : [

              ],
              "promise" : "We will celebrate your birthday",
              "rating" : "grey",
              "themes" : [

              ]
            }
          ],
          "period" : "2025-26 Q2",
          "pledge" : "our-pledge",
          "previous_period" : "2025-26 Q1",
          "rule" : "worst indicator"
        }
        """#)
  }

  @Test("writes null, not nothing, for the figures of a grey indicator")
  func greyIndicatorNulls() throws {
    let summary = PledgeSummary.evaluate(
      pledge: F.pledge(),
      evidence: [F.knowsSocialWorker.measure: [.init(period: F.quarter(2025, 2), positive: 3, base: 4)]],
      asOf: F.asOf)
    let object = try JSONSerialization.jsonObject(with: summary.json()) as? [String: Any]
    let commitment = try #require((object?["commitments"] as? [[String: Any]])?.first)
    let indicator = try #require((commitment["indicators"] as? [[String: Any]])?.first)
    for key in ["value", "base", "ci95", "previous_period", "previous", "change", "significant"] {
      #expect(indicator[key] is NSNull, "\(key)")
    }
    #expect(indicator["rating"] as? String == "grey")
    #expect(commitment["rating"] as? String == "grey")
    let point = try #require((indicator["series"] as? [[String: Any]])?.first)
    #expect(point["value"] is NSNull)
    #expect(point["base"] is NSNull)
    #expect(point["period"] as? String == "2025-26 Q2")
  }
}
