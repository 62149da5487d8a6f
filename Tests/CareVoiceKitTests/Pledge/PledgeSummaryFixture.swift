import CareVoiceKit

/// A small, realistic summary for the JSON and rendering tests: two promises, one rated, one judged by its actions.
enum PledgeSummaryFixture {
  typealias F = PledgeFixtures

  static let comments = ThemeLink(
    instrument: "child-review-consultation", question: "change_one", theme: "social-worker-change")
  static let family = ThemeLink(
    instrument: "child-review-consultation", question: "change_one", theme: "contact-family")

  static let pledge = Pledge(
    id: "our-pledge", title: "Our Pledge to children in care",
    commitments: [
      Commitment(
        id: "P1", promise: "We will make sure you know who your social worker is and how to contact them",
        indicators: [F.knowsSocialWorker], themes: [comments, family],
        actions: [
          Action(
            id: "P1-A1", youSaid: "We don't always know when our social worker changes",
            weWill: "Send every child a card with their new social worker's photo within 5 working days",
            owner: "Service Manager, Children in Care", due: F.day("2025-12-31"), status: .completed,
            completedOn: F.day("2025-11-20"), weDid: "Cards now go out with every change of social worker")
        ]),
      Commitment(
        id: "P2", promise: "We will celebrate your birthday",
        actions: [
          Action(
            id: "P2-A1", youSaid: "=Birthdays get missed when we move", weWill: "Keep birthdays on the placement plan",
            owner: "Head of Service", due: F.day("2026-01-15"), status: .inProgress)
        ]),
    ])

  static var summary: PledgeSummary {
    PledgeSummary.evaluate(
      pledge: pledge,
      evidence: [
        F.knowsSocialWorker.measure: [
          .init(period: F.quarter(2025, 1), positive: 42, base: 50),
          .init(period: F.quarter(2025, 2), positive: 62, base: 68),
        ]
      ],
      themes: [
        comments: [.init(period: F.quarter(2025, 2), label: "Changes of social worker", respondents: 12, answered: 80)],
        family: [.init(period: F.quarter(2025, 2), label: "Contact with family", respondents: 3, answered: 80)],
      ],
      asOf: F.asOf)
  }
}
