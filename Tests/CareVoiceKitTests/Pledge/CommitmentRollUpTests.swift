import CareVoiceKit
import Testing

@Suite struct CommitmentRollUpTests {
  typealias F = PledgeFixtures

  @Test(
    "takes the worst coloured indicator and leaves grey ones out",
    arguments: [
      ([Rating.green, .amber, .red], Rating.red),
      ([.green, .amber, .green], .amber),
      ([.green, .grey, .amber], .amber),
      ([.grey, .green], .green),
      ([.grey, .red, .grey], .red),
      ([.grey, .grey], .grey),
      ([], .grey),
    ])
  func worstIndicator(ratings: [Rating], expected: Rating) {
    #expect(RollUp.worstIndicator.rating(of: ratings) == expected)
  }

  @Test("rates a promise from its indicators, and a promise with none as grey")
  func throughEvaluate() {
    let safe = Indicator(
      instrument: "child-review-consultation", question: "feel_safe", target: 90, redBelow: 75)
    let listened = Indicator(
      instrument: "child-review-consultation", question: "listened_to", target: 80, redBelow: 60)
    let pledge = Pledge(
      id: "our-pledge", title: "Our Pledge",
      commitments: [
        Commitment(id: "P1", promise: "You will feel safe", indicators: [safe, listened]),
        Commitment(
          id: "P2", promise: "We will celebrate your birthday",
          actions: [F.action("P2-A1", due: "2026-03-31")]),
      ])
    let q2 = F.quarter(2025, 2)
    let summary = PledgeSummary.evaluate(
      pledge: pledge,
      evidence: [
        safe.measure: [.init(period: q2, positive: 46, base: 50)],  // 92%: green
        listened.measure: [.init(period: q2, positive: 35, base: 50)],  // 70%: amber
      ], asOf: F.asOf)
    #expect(summary.commitments.map(\.rating) == [.amber, .grey])
    #expect(summary.commitments[0].indicators.map(\.rating) == [.green, .amber])
    #expect(summary.commitments[1].actions.map(\.state) == [.open])
    #expect(summary.rollUp == .worstIndicator)
  }
}
