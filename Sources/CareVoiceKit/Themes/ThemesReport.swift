/// The whole output of `carevoice themes`: one entry per text question (DESIGN.md §6, "Themes JSON").
public struct ThemesReport: Sendable, Hashable, Encodable {
  /// The instrument id.
  public var instrument: String
  /// The periods the comments come from.
  public var periods: [Period]
  /// The smallest count shown (`min_cell`).
  public var minimumCell: Int
  /// The breakdown attribute's id (`--by`), if any.
  public var breakdown: String?
  /// One entry per text question with a codebook.
  public var questions: [QuestionThemes]

  /// A report of some questions' themes under one disclosure rule.
  public init(
    instrument: String, periods: [Period], rule: DisclosureRule, breakdown: String? = nil,
    questions: [QuestionThemes]
  ) {
    self.instrument = instrument
    self.periods = periods
    self.minimumCell = rule.minimumCell
    self.breakdown = breakdown
    self.questions = questions
  }

  private enum CodingKeys: String, CodingKey {
    case instrument, periods
    case minimumCell = "min_cell"
    case breakdown = "by"
    case questions
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(instrument, forKey: .instrument)
    try container.encode(periods, forKey: .periods)
    try container.encode(minimumCell, forKey: .minimumCell)
    try container.encodeIfPresent(breakdown, forKey: .breakdown)
    try container.encode(questions, forKey: .questions)
  }
}
