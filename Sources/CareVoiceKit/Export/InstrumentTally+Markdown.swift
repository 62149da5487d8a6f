extension InstrumentTally {
  /// The tally as Markdown: a heading per question, its base line, and tables of options and groups.
  public var markdownText: String {
    let readout = TallyReadout(self)
    var text = "# Tally: \(MarkdownTable.escaped(instrument))\n\n\(readout.heading)\n\n> \(readout.text.legend)\n"
    if respondents == 0 { text += "\nNo responses are loaded for these periods.\n" }
    for question in questions {
      text += "\n## \(MarkdownTable.escaped(readout.title(question)))\n\n\(readout.baseLine(question))\n"
      switch question.type {
      case .text:
        break
      case .number:
        text += "\n\(readout.numberLine(question.overall))\n"
      case .single, .scale, .multiple:
        let trend = question.trend.flatMap { $0.previousPeriod == nil ? nil : $0 }
        var header = ["Option", "Count", "%", "95% CI"]
        if let heading = trend.flatMap(readout.changeHeading) { header.append(heading) }
        var table = MarkdownTable(header: header, alignments: [.left, .right, .right, .right, .right])
        let changes = (trend?.options ?? []) + (trend?.positive.map { [$0] } ?? [])
        for (index, cells) in readout.optionCells(question.overall, type: question.type).enumerated() {
          table.append(trend == nil ? cells : cells + [index < changes.count ? readout.changeCell(changes[index]) : ""])
        }
        text += "\n" + table.text
        if let mentions = question.overall.mentions { text += "\nMentions (ticks in all): \(mentions)\n" }
      }
      if let breakdown = question.breakdown { text += "\n" + Self.breakdownMarkdown(breakdown, question, readout) }
    }
    if !themes.isEmpty {
      text += "\n## Theme scores\n\n" + readout.themeLines.map { "- \(MarkdownTable.escaped($0))\n" }.joined()
    }
    return text
  }

  private static func breakdownMarkdown(_ groups: [GroupTally], _ question: QuestionTally, _ readout: TallyReadout)
    -> String
  {
    let hasOptions = question.type.hasOptionsKind
    var table = MarkdownTable(
      header: [readout.groupHeading, "Base"] + (hasOptions ? ["Option", "Count", "%", "95% CI"] : ["Figures"]),
      alignments: hasOptions ? [.left, .right, .left, .right, .right, .right] : [.left, .right, .left])
    for group in groups {
      var base = readout.text.count(group.row.base, isSmall: group.row.isBaseSmall)
      if let flag = readout.text.baseFlag(group.row.base) { base += " (\(flag))" }
      guard hasOptions else {
        table.append([group.label, base, question.type == .number ? readout.numberLine(group.row) : ""])
        continue
      }
      for (index, cells) in readout.optionCells(group.row, type: question.type).enumerated() {
        table.append([index == 0 ? group.label : "", index == 0 ? base : ""] + cells)
      }
    }
    return table.text
  }
}
