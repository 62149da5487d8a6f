extension PledgeSummary {
  /// The summary as Markdown: a section per promise with tables of indicators, themes and "You said, we did".
  public func markdown() -> String {
    var blocks = [
      "# \(PledgeGrid.markdownCell(title))", periodLine, ruleLine, actionTotals.sentence(asOf: asOf),
    ]
    for commitment in commitments {
      let promise = PledgeGrid.markdownCell(commitment.promise)
      blocks.append(
        "## \(PledgeGrid.markdownCell(commitment.id)): \(promise) — \(PledgeWording.rating(commitment.rating))")
      if commitment.indicators.isEmpty {
        blocks.append("No survey indicator: this promise is judged by its actions.")
      } else {
        blocks.append(indicatorGrid(commitment).markdown())
      }
      if !commitment.themes.isEmpty { blocks.append(themeGrid(commitment).markdown()) }
      if !commitment.actions.isEmpty { blocks.append("### You said, we did\n\n" + actionGrid(commitment).markdown()) }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}
