/// One promise in the board paper: its rating, measures with bases and intervals, trends, themes and actions.
extension Report {
  static func boardPromise(_ commitment: CommitmentSummary, evidence: PledgeEvidence) -> ReportSection {
    let context = ReportTable.Context(heading: "Promise", value: commitment.id)
    var blocks: [ReportBlock] = [.rating(boardRating(commitment, evidence: evidence))]
    let definitions = evidence.pledge.commitments.first { $0.id == commitment.id }?.indicators ?? []
    if !commitment.indicators.isEmpty {
      blocks.append(.table(indicatorTable(commitment, context: context, evidence: evidence)))
    }
    for (index, indicator) in commitment.indicators.enumerated() where indicator.series.count > 1 {
      let positive = index < definitions.count ? evidence.positiveLabels(definitions[index]) : []
      blocks.append(
        .chart(trendChart(indicator, number: index + 1, commitment: commitment, positive: positive, evidence: evidence))
      )
    }
    if !commitment.themes.isEmpty {
      blocks.append(.table(promiseThemeTable(commitment, context: context, evidence: evidence)))
    }
    if !commitment.actions.isEmpty {
      blocks.append(
        .actions(
          ReportActions(
            context: context, caption: "You said, we did: \(commitment.id)", headings: boardActionHeadings,
            items: commitment.actions.map(boardAction))))
    }
    return ReportSection(
      id: commitment.id, heading: "\(commitment.id): \(commitment.promise)",
      intro: commitment.plain.map { ["In the Children in Care Council's words: “\($0)”"] } ?? [], blocks: blocks)
  }

  private static func boardRating(_ commitment: CommitmentSummary, evidence: PledgeEvidence) -> ReportRating {
    let badge: String
    switch commitment.rating {
    case .green: badge = "Green: on target"
    case .amber: badge = "Amber: below target"
    case .red: badge = "Red: below the red line"
    case .grey: badge = "Grey: not enough evidence"
    }
    guard let weakest = weakestIndicator(commitment), commitment.rating != .grey else {
      let detail =
        commitment.indicators.isEmpty
        ? "This promise has no survey measure; it is judged by its actions."
        : "No measure had at least \(evidence.minimumRatedBase) answers in the period."
      return ReportRating(rating: commitment.rating, badge: badge, headline: "Not rated.", detail: detail)
    }
    let words = FigureText(rule: evidence.summary.disclosure)
    let question = ReportWording.quoted(evidence.questionText(weakest.instrument, weakest.question))
    let base = weakest.baseValue.text(words)
    let measure = "\(question) (\(evidence.source(weakest.instrument)))"
    let limits =
      "a target of \(PledgeWording.target(weakest.target)) and a red line of \(PledgeWording.target(weakest.redBelow))"
    let detail =
      weakest.resultPercent.map {
        "\(words.percent($0.whole, exact: $0.exact)) of \(base) gave a positive answer to \(measure), against \(limits)."
      }
      ?? "The result for \(measure), answered by \(base), is hidden so that a small number cannot be worked out; "
      + "it is rated against \(limits)."
    return ReportRating(
      rating: commitment.rating, badge: badge, headline: "Weakest measure:", detail: detail)
  }

  private static func indicatorTable(
    _ commitment: CommitmentSummary, context: ReportTable.Context, evidence: PledgeEvidence
  ) -> ReportTable {
    ReportTable(
      id: "indicators", sheet: "Measures", context: context, caption: "How we measure \(commitment.id)",
      rowHeading: "Question",
      columns: [
        .init("source", "Asked in"), .init("result", "Result", isNumeric: true),
        .init("answered", "Base", isNumeric: true), .init("ci95", "95% range", isNumeric: true),
        .init("target", "Target", isNumeric: true), .init("red_below", "Red line", isNumeric: true),
        .init("previous_period", "Compared with"), .init("previous", "Then", isNumeric: true),
        .init("change", "Change", isNumeric: true), .init("rating", "Rating"),
      ],
      rows: commitment.indicators.map { indicator in
        ReportTable.Row(
          id: "\(indicator.instrument)/\(indicator.question)",
          heading: evidence.questionText(indicator.instrument, indicator.question),
          cells: [
            .text(evidence.source(indicator.instrument)), indicator.resultValue, indicator.baseValue,
            indicator.ci95.map { .interval(PercentInterval(lower: $0.lowerBound, upper: $0.upperBound)) } ?? .empty,
            .percent(ReportPercent(exact: indicator.target)), .percent(ReportPercent(exact: indicator.redBelow)),
            indicator.previousPeriod.map { .text($0.description) } ?? .empty, indicator.previousValue,
            indicator.changeValue, .rating(indicator.rating),
          ])
      })
  }

  private static func trendChart(
    _ indicator: IndicatorSummary, number: Int, commitment: CommitmentSummary, positive: [String],
    evidence: PledgeEvidence
  ) -> ReportChart {
    let question = ReportWording.quoted(evidence.questionText(indicator.instrument, indicator.question))
    let answers = positive.isEmpty ? "a positive answer" : ReportWording.list(positive.map { "“\($0)”" }, joining: "or")
    let title = "\(question): share answering \(answers), by period (\(evidence.source(indicator.instrument)))"
    let values = indicator.series.map(IndicatorSummary.pointValue)
    let table = ReportTable(
      id: "trends", sheet: "Trends", context: ReportTable.Context(heading: "Promise", value: commitment.id),
      caption: title, rowHeading: "Period",
      columns: [.init("result", "Result", isNumeric: true), .init("answered", "Answered", isNumeric: true)],
      rows: zip(indicator.series, values).map { point, value in
        ReportTable.Row(
          id: "\(indicator.question)/\(point.period)", heading: point.period.description,
          cells: [value, point.base.map { .count($0) } ?? .suppressed(.small)])
      })
    return ReportChart(
      id: "\(commitment.id)-trend-\(number)", kind: .trend, title: title,
      caption: "\(question) over time: \(evidence.source(indicator.instrument))",
      rows: zip(indicator.series, values).map { ReportChart.Row(label: $0.period.description, values: [$1]) },
      target: indicator.target, table: table,
      note: "The dashed line is the target, \(PledgeWording.target(indicator.target)). Red below "
        + "\(PledgeWording.target(indicator.redBelow)).")
  }

  private static func promiseThemeTable(
    _ commitment: CommitmentSummary, context: ReportTable.Context, evidence: PledgeEvidence
  ) -> ReportTable {
    let rule = evidence.summary.disclosure
    return ReportTable(
      id: "promise_themes", sheet: "Themes by promise", context: context,
      caption: "What comments said about \(commitment.id)", rowHeading: "Theme",
      columns: [
        .init("source", "In answers to"), .init("mentioned_by", "Mentioned by", isNumeric: true),
        .init("answered", "Answered", isNumeric: true), .init("percent", "Share", isNumeric: true),
      ],
      rows: commitment.themes.map { theme in
        let mentioned: ReportValue = theme.isSuppressed ? .suppressed(.small) : .people(theme.respondents, rule: rule)
        return ReportTable.Row(
          id: "\(theme.instrument)/\(theme.question)/\(theme.theme)", heading: theme.label,
          cells: [
            .text(
              "\(ReportWording.quoted(evidence.questionText(theme.instrument, theme.question))) "
                + "(\(evidence.source(theme.instrument)))"),
            mentioned, .people(theme.answered, rule: rule),
            theme.isSuppressed ? .suppressed(.small) : .share(theme.percent),
          ])
      })
  }
}
