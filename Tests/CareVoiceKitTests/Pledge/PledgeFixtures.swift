import CareVoiceKit

/// Small literal builders shared by the pledge tests.
enum PledgeFixtures {
  static let asOf = day("2025-12-31")

  /// A day from a literal `YYYY-MM-DD` written in a test.
  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("\(text) is not a day") }
    return day
  }

  /// The quarter `quarter` of the financial year starting in April of `year`.
  static func quarter(_ year: Int, _ quarter: Int) -> Period { .quarter(year: year, quarter: quarter) }

  static let knowsSocialWorker = Indicator(
    instrument: "child-review-consultation", question: "knows_social_worker", positive: ["yes"], target: 90,
    redBelow: 75)

  /// A one-promise Pledge whose only indicator is `indicator`.
  static func pledge(_ indicator: Indicator = knowsSocialWorker, minimumBase: Int = 10) -> Pledge {
    Pledge(
      id: "our-pledge", title: "Our Pledge to children in care", minimumBase: minimumBase,
      commitments: [
        Commitment(id: "P1", promise: "We will make sure you know who your social worker is", indicators: [indicator])
      ])
  }

  /// The summary of one indicator evaluated on `evidence`.
  static func indicator(
    _ evidence: [IndicatorEvidence], indicator: Indicator = knowsSocialWorker, period: Period? = nil,
    minimumBase: Int = 10, minimumCell: Int = 6
  ) -> IndicatorSummary? {
    let summary = PledgeSummary.evaluate(
      pledge: pledge(indicator, minimumBase: minimumBase), evidence: [indicator.measure: evidence], period: period,
      asOf: asOf, disclosure: DisclosureRule(minimumCell: minimumCell))
    return summary.commitments.first?.indicators.first
  }

  /// An action due on `due` with the given status and completion day.
  static func action(
    _ id: String, due: String, status: Action.Status = .inProgress, completedOn: String? = nil
  ) -> Action {
    Action(
      id: id, youSaid: "You said \(id)", weWill: "We will \(id)", owner: "Participation Officer", due: day(due),
      status: status, completedOn: completedOn.map(day))
  }
}
