import CareVoiceKit
import Testing

@Suite struct ThemeSummaryTests {
  typealias F = PledgeFixtures

  static let link = ThemeLink(instrument: "child-review-consultation", question: "change_one", theme: "contact-family")

  /// The linked theme's figures in `period`, from a one-promise Pledge.
  private func theme(_ evidence: [ThemeEvidence], period: Period, minimumCell: Int = 6) -> ThemeSummary? {
    let pledge = Pledge(
      id: "our-pledge", title: "Our Pledge",
      commitments: [Commitment(id: "P3", promise: "We will support you to see your family", themes: [Self.link])])
    return PledgeSummary.evaluate(
      pledge: pledge, evidence: [:], themes: [Self.link: evidence], period: period, asOf: F.asOf,
      disclosure: DisclosureRule(minimumCell: minimumCell)
    ).commitments.first?.themes.first
  }

  @Test("shows the period's count, base and share")
  func shown() throws {
    let summary = try #require(
      theme(
        [
          .init(period: F.quarter(2025, 1), label: "Contact with family", respondents: 30, answered: 90),
          .init(period: F.quarter(2025, 2), label: "Contact with family", respondents: 21, answered: 84),
        ], period: F.quarter(2025, 2)))
    #expect(summary.respondents == 21)
    #expect(summary.answered == 84)
    #expect(summary.percent == 25)
    #expect(summary.isSuppressed == false)
    #expect(summary.label == "Contact with family")
  }

  @Test("suppresses a small count, and keeps a suppression the themes tally decided")
  func suppressed() throws {
    let small = try #require(
      theme(
        [.init(period: F.quarter(2025, 2), label: "Contact", respondents: 5, answered: 84)], period: F.quarter(2025, 2))
    )
    #expect(small.isSuppressed)
    #expect(small.respondents == nil)
    #expect(small.percent == nil)
    #expect(small.answered == 84)

    let flagged = try #require(
      theme(
        [.init(period: F.quarter(2025, 2), label: "Contact", respondents: 40, answered: 84, isSuppressed: true)],
        period: F.quarter(2025, 2)))
    #expect(flagged.isSuppressed)
    #expect(flagged.respondents == nil)
  }

  @Test("shows a zero count, which discloses nobody, with no share on a tiny base")
  func zeroOnTinyBase() throws {
    let summary = try #require(
      theme(
        [.init(period: F.quarter(2025, 2), label: "Contact", respondents: 0, answered: 4)], period: F.quarter(2025, 2)))
    #expect(summary.isSuppressed == false)
    #expect(summary.respondents == 0)
    #expect(summary.answered == nil)
    #expect(summary.percent == nil)
  }

  @Test("adds up a year's quarters, judging the total against the rule")
  func yearFromQuarters() throws {
    let summary = try #require(
      theme(
        [
          .init(period: F.quarter(2025, 1), label: "Contact", respondents: 4, answered: 40),
          .init(period: F.quarter(2025, 2), label: "Contact with family", respondents: 4, answered: 40),
        ], period: .financialYear(2025)))
    #expect(summary.respondents == 8)
    #expect(summary.answered == 80)
    #expect(summary.percent == 10)
    #expect(summary.label == "Contact with family")  // the latest label
  }

  @Test("shows nothing for a period with no comments, labelled by the theme's id")
  func noComments() throws {
    let summary = try #require(theme([], period: F.quarter(2025, 2)))
    #expect(summary.label == "contact-family")
    #expect(summary.respondents == 0)
    #expect(summary.answered == 0)
    #expect(summary.percent == nil)
  }
}

@Suite struct PledgeSummaryPeriodTests {
  typealias F = PledgeFixtures

  @Test("compares with the latest period before, across all indicators, and chooses the latest period by default")
  func periods() {
    let listened = Indicator(
      instrument: "foster-carer-survey", question: "listened_to", target: 80, redBelow: 60)
    let pledge = Pledge(
      id: "our-pledge", title: "Our Pledge",
      commitments: [
        Commitment(id: "P1", promise: "We will listen", indicators: [F.knowsSocialWorker, listened])
      ])
    let summary = PledgeSummary.evaluate(
      pledge: pledge,
      evidence: [
        F.knowsSocialWorker.measure: [
          .init(period: F.quarter(2025, 1), positive: 40, base: 50),
          .init(period: F.quarter(2025, 3), positive: 45, base: 50),
        ],
        listened.measure: [
          .init(period: F.quarter(2025, 2), positive: 40, base: 50),
          .init(period: F.quarter(2025, 3), positive: 40, base: 50),
        ],
      ], asOf: F.asOf)
    #expect(summary.period == F.quarter(2025, 3))
    #expect(summary.previousPeriod == F.quarter(2025, 2))
    #expect(summary.commitments[0].indicators.map(\.previousPeriod) == [F.quarter(2025, 1), F.quarter(2025, 2)])
  }

  @Test("counts theme evidence when choosing the latest period")
  func latestIncludesThemes() {
    let link = ThemeLink(instrument: "child-review-consultation", question: "change_one", theme: "contact-family")
    let latest = PledgeSummary.latestPeriod(
      evidence: [F.knowsSocialWorker.measure: [.init(period: F.quarter(2025, 1), positive: 40, base: 50)]],
      themes: [link: [.init(period: F.quarter(2025, 2), label: "Contact", respondents: 9, answered: 50)]])
    #expect(latest == F.quarter(2025, 2))
  }
}
