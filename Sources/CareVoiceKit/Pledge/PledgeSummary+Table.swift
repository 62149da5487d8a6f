extension PledgeSummary {
  /// The summary as plain text for a terminal: each promise with its indicators, themes and actions in aligned columns.
  ///
  /// Actions show what the council will do, not the full "You said, we did"
  /// text, to keep lines short; the Markdown and CSV forms carry it all.
  public func table() -> String {
    var blocks = ["\(title) (\(pledge))\n\(periodLine)\n\(ruleLine)"]
    for commitment in commitments {
      var lines = ["\(commitment.id)  \(PledgeWording.rating(commitment.rating))  \(commitment.promise)"]
      if commitment.indicators.isEmpty {
        lines.append("  No survey indicator: judged by its actions.")
      } else {
        lines.append(indicatorGrid(commitment).text(indent: "  "))
      }
      if !commitment.themes.isEmpty { lines.append(themeGrid(commitment).text(indent: "  ")) }
      if !commitment.actions.isEmpty { lines.append(actionGrid(commitment, full: false).text(indent: "  ")) }
      blocks.append(lines.joined(separator: "\n"))
    }
    blocks.append(actionTotals.sentence(asOf: asOf))
    return blocks.joined(separator: "\n\n") + "\n"
  }
}
