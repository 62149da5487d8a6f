/// Who a written report is for; each audience gets its own report, built from the same figures.
public enum ReportAudience: String, Sendable, Hashable, CaseIterable, Codable {
  /// Children and young people, through the Children in Care Council: the Pledge in plain words.
  case youngPeople = "young-people"
  /// The Corporate Parenting Board: the pledge-tracking summary with its evidence and method.
  case board
  /// The fostering team: what foster carers rate lowest and say most, as an action plan.
  case fosterCarers = "foster-carers"
  /// The participation officer: every question of one survey, its breakdowns and themes.
  case survey

  /// The folder of the output directory that holds this audience's reports (`reports/board/`).
  public var folder: String { rawValue }

  /// The audience in a few words, for listings: "the board".
  public var description: String {
    switch self {
    case .youngPeople: return "children and young people"
    case .board: return "the Corporate Parenting Board"
    case .fosterCarers: return "the fostering team"
    case .survey: return "the participation officer"
    }
  }
}
