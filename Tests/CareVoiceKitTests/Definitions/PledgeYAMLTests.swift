import CareVoiceKit
import Foundation
import Testing

@Suite struct PledgeYAMLTests {
  @Test("reads DESIGN.md's pledge value by value")
  func ourPledge() throws {
    let url = try #require(
      Bundle.module.url(forResource: "our-pledge", withExtension: "yaml", subdirectory: "Fixtures/definitions/pledges"))
    let pledge = try Pledge.parse(yaml: try String(contentsOf: url, encoding: .utf8), file: "our-pledge.yaml")
    let completedOn = try #require(Day(iso: "2025-11-20"))
    let expected = Pledge(
      id: "our-pledge", title: "Our Pledge to children in care", minimumBase: 8,
      commitments: [
        Commitment(
          id: "P1", promise: "We will make sure you know who your social worker is and how to contact them",
          plain: "You will know who your social worker is",
          indicators: [
            Indicator(
              instrument: "child-review-consultation", question: "knows_social_worker", positive: ["yes"],
              target: 90, redBelow: 75)
          ],
          themes: [
            ThemeLink(
              instrument: "child-review-consultation", question: "change_one", theme: "social-worker-change")
          ],
          actions: [
            Action(
              id: "P1-A1", youSaid: "We don't always know when our social worker changes",
              weWill: "Send every child a card with their new social worker's photo within 5 working days",
              owner: "Service Manager, Children in Care", due: try #require(Day(iso: "2025-12-31")),
              status: .completed, completedOn: completedOn,
              weDid: "Cards now go out with every change of social worker")
          ]),
        Commitment(
          id: "P2", promise: "We will listen to you",
          indicators: [
            Indicator(
              instrument: "child-review-consultation", question: "listened_to", target: 80, redBelow: 60.5)
          ],
          actions: [
            Action(
              id: "P2-A1", youSaid: "Reviews are at times that clash with school",
              weWill: "Hold reviews after school unless you ask otherwise",
              owner: "Head of Independent Reviewing Service", due: try #require(Day(iso: "2026-03-31")),
              status: .inProgress)
          ]),
      ])
    #expect(pledge == expected)
  }

  @Test("defaults minimum_base to 10 and reads a positive answer written without brackets")
  func defaults() throws {
    let yaml = """
      id: local-offer
      title: Local Offer
      commitments:
        - id: L1
          promise: You will have a personal adviser
          indicators:
            - { instrument: care-leavers, question: has_adviser, positive: yes, target: 95, red_below: 85 }
      """
    let pledge = try Pledge.parse(yaml: yaml, file: "local-offer.yaml")
    #expect(pledge.minimumBase == 10)
    #expect(pledge.commitments[0].indicators[0].positive == ["yes"])
  }
}
