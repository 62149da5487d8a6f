extension PledgeSummary {
  /// The headline under the title: the period, what it is compared with, and the as-of day.
  var periodLine: String {
    let period = period.map { "Period \($0)" } ?? "No survey evidence loaded"
    let previous = previousPeriod.map { ", compared with \($0)" } ?? ""
    return "\(period)\(previous). Actions as of \(PledgeWording.date(asOf))."
  }

  /// How promises are rated, in words.
  var ruleLine: String {
    switch rollUp {
    case .worstIndicator:
      return "Each promise takes the rating of its worst indicator; indicators without enough evidence are left out."
    }
  }

  /// A commitment's indicators as rows for people.
  func indicatorGrid(_ commitment: CommitmentSummary) -> PledgeGrid {
    var grid = PledgeGrid(
      headers: ["Question", "Result", "Base", "95% range", "Target", "Red below", "Compared with", "Change", "Rating"],
      rightAligned: [1, 2, 4, 5])
    grid.rows = commitment.indicators.map { indicator in
      [
        "\(indicator.question) (\(indicator.instrument))",
        indicator.isSuppressed ? FigureText.hidden : PledgeWording.percent(indicator.value),
        indicator.base.map(String.init) ?? "fewer than \(disclosure.minimumCell)",
        PledgeWording.range(indicator.ci95),
        PledgeWording.target(indicator.target),
        PledgeWording.target(indicator.redBelow),
        indicator.previousPeriod?.description ?? "",
        PledgeWording.trend(of: indicator),
        PledgeWording.rating(indicator.rating),
      ]
    }
    return grid
  }

  /// A commitment's linked themes as rows for people.
  func themeGrid(_ commitment: CommitmentSummary) -> PledgeGrid {
    var grid = PledgeGrid(headers: ["Theme in comments", "Question", "Mentioned by"])
    grid.rows = commitment.themes.map { [$0.label, "\($0.question) (\($0.instrument))", PledgeWording.theme($0)] }
    return grid
  }

  /// A commitment's actions as rows for people: "You said, we did" in full, or the short form for a terminal.
  func actionGrid(_ commitment: CommitmentSummary, full: Bool = true) -> PledgeGrid {
    let headers =
      full
      ? ["Action", "You said", "We will", "Owner", "Due", "Where it stands", "We did"]
      : ["Action", "Due", "Where it stands", "Owner", "We will"]
    var grid = PledgeGrid(headers: headers)
    grid.rows = commitment.actions.map { tracked in
      let action = tracked.action
      var state = PledgeWording.state(tracked.state)
      if tracked.state.isCompleted, let day = action.completedOn { state += " (\(PledgeWording.date(day)))" }
      let due = PledgeWording.date(action.due)
      guard full else { return [action.id, due, state, action.owner, action.weWill] }
      return [action.id, action.youSaid, action.weWill, action.owner, due, state, action.weDid ?? ""]
    }
    return grid
  }
}
