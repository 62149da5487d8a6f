extension InstrumentTally {
  /// The tally as terminal text: per question a title, the base line, and aligned tables of options and groups.
  public var tableText: String {
    let readout = TallyReadout(self)
    var blocks = ["Instrument: \(instrument)\n\(readout.heading)\n\(readout.text.legend)\n"]
    if respondents == 0 { blocks.append("No responses are loaded for these periods.\n") }
    for question in questions { blocks.append(Self.table(question, readout: readout)) }
    if !themes.isEmpty {
      blocks.append("Theme scores (mean share of positive answers)\n" + readout.themeLines.map { "  \($0)\n" }.joined())
    }
    return blocks.joined(separator: "\n")
  }

  private static func table(_ question: QuestionTally, readout: TallyReadout) -> String {
    var text = readout.title(question) + "\n" + readout.baseLine(question) + "\n"
    switch question.type {
    case .text:
      break
    case .number:
      text += readout.numberLine(question.overall) + "\n"
    case .single, .scale, .multiple:
      let trend = question.trend.flatMap { $0.previousPeriod == nil ? nil : $0 }
      var header = ["Option", "Count", "%", "95% CI"]
      if let heading = trend.flatMap(readout.changeHeading) { header.append(heading) }
      var table = TextTable(header: header, rightAligned: [1, 2, 3])
      let changes = (trend?.options ?? []) + (trend?.positive.map { [$0] } ?? [])
      for (index, cells) in readout.optionCells(question.overall, type: question.type).enumerated() {
        table.append(trend == nil ? cells : cells + [index < changes.count ? readout.changeCell(changes[index]) : ""])
      }
      text += table.text
      if let mentions = question.overall.mentions { text += "Mentions (ticks in all): \(mentions)\n" }
    }
    if let breakdown = question.breakdown {
      text += "\n" + breakdownTable(breakdown, question: question, readout: readout)
    }
    return text
  }

  private static func breakdownTable(_ groups: [GroupTally], question: QuestionTally, readout: TallyReadout) -> String {
    let hasOptions = question.type.hasOptionsKind
    var table = TextTable(
      header: [readout.groupHeading, "Base"] + (hasOptions ? ["Option", "Count", "%", "95% CI"] : ["Figures"]),
      rightAligned: hasOptions ? [1, 3, 4, 5] : [1])
    for group in groups {
      var base = readout.text.count(group.row.base, isSmall: group.row.isBaseSmall)
      if let flag = readout.text.baseFlag(group.row.base) { base += " (\(flag))" }
      guard hasOptions else {
        let figures = question.type == .number ? readout.numberLine(group.row) : ""
        table.append([group.label, base, figures])
        continue
      }
      for (index, cells) in readout.optionCells(group.row, type: question.type).enumerated() {
        table.append([index == 0 ? group.label : "", index == 0 ? base : ""] + cells)
      }
    }
    return table.text
  }
}
