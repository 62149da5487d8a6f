/// Everything a Pledge's reports are built from: the summary, the definitions, who answered, and what they wrote.
///
/// A plain value: ``ReportQuery`` reads it from the store, tests write it as literals.
public struct PledgeEvidence: Sendable {
  /// The Pledge as defined, for its `plain` wording and indicators' positive answers.
  public var pledge: Pledge
  /// The pledge-tracking summary for the period.
  public var summary: PledgeSummary
  /// The instruments the Pledge's indicators and themes name.
  public var instruments: [Instrument]
  /// Respondents of each instrument in the summary's period, by instrument id: true counts, hidden by the builders.
  public var respondents: [String: Int]
  /// The coded comments of the questions the Pledge links themes to, in the summary's period.
  public var comments: [ThemesReport]

  public init(
    pledge: Pledge, summary: PledgeSummary, instruments: [Instrument], respondents: [String: Int],
    comments: [ThemesReport]
  ) {
    self.pledge = pledge
    self.summary = summary
    self.instruments = instruments
    self.respondents = respondents
    self.comments = comments
  }

  /// The instrument with this id, if the evidence holds it.
  func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

  /// A source's name for people: the instrument's title, or its id.
  func source(_ id: String) -> String { instrument(id)?.title ?? id }

  /// A question's text, or its id when the instrument is not at hand.
  func questionText(_ instrument: String, _ question: String) -> String {
    self.instrument(instrument)?.question(question)?.text ?? question
  }

  /// The labels of the answers an indicator counts as positive: ["Always", "Most of the time"].
  func positiveLabels(_ indicator: Indicator) -> [String] {
    guard let question = instrument(indicator.instrument)?.question(indicator.question) else { return [] }
    if let values = indicator.positive {
      return question.options.filter { values.contains($0.value) }.map(\.label)
    }
    return question.options.filter(\.isPositive).map(\.label)
  }
}
