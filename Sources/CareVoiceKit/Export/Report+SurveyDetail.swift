/// The parts of a survey question's section beyond its answers: breakdown, trend, number summary, theme scores, notes.
extension Report {
  /// The breakdown by the first attribute: a stacked chart of groups for one-answer questions, else a table alone.
  static func breakdownBlock(
    _ question: QuestionTally, groups: [GroupTally], attribute: Attribute, context: ReportTable.Context,
    words: FigureText
  ) -> ReportBlock {
    var rows: [ReportTable.Row] = []
    var chartRows: [ReportChart.Row] = []
    for group in groups {
      let percents = question.optionPercents(group.row)
      chartRows.append(ReportChart.Row(label: group.label, values: percents))
      for (option, percent) in zip(group.row.options, percents) {
        rows.append(
          ReportTable.Row(
            id: "\(group.group)/\(option.value)", heading: group.label,
            cells: [
              QuestionTally.baseValue(group.row), .text(option.label), QuestionTally.countValue(option.share), percent,
            ]))
      }
    }
    let table = ReportTable(
      id: "breakdown", sheet: "By \(attribute.label)", context: context,
      caption: "Answers by \(attribute.label.lowercasedFirst)", rowHeading: attribute.label,
      columns: [
        .init("answered", "Answered", isNumeric: true), .init("answer", "Answer"),
        .init("count", "Count", isNumeric: true), .init("percent", "Percent", isNumeric: true),
      ], rows: rows)
    guard question.optionsAddToHundred else { return .table(table) }
    return .chart(
      ReportChart(
        id: "\(question.id)-by-group", kind: .stacked,
        title: "Answers to \(ReportWording.quoted(question.text)) by \(attribute.label.lowercasedFirst)",
        caption: "By \(attribute.label.lowercasedFirst)", answers: question.overall.options.map(\.label),
        rows: chartRows, table: table,
        note: words.rule.minimumCell > 1
          ? "A group where \(words.small) people answered shows no percentages." : ""))
  }

  /// The positive share across every loaded period.
  static func positiveTrend(_ question: QuestionTally, series: [PeriodTally], context: ReportTable.Context)
    -> ReportChart
  {
    let values = series.map { QuestionTally.positiveValue($0.row) }
    let title = "Positive answers to \(ReportWording.quoted(question.text)), by period"
    return ReportChart(
      id: "\(question.id)-trend", kind: .trend, title: title, caption: "Positive answers over time",
      rows: zip(series, values).map { ReportChart.Row(label: $0.period.description, values: [$1]) },
      table: ReportTable(
        id: "trend", sheet: "Trends", context: context, caption: title, rowHeading: "Period",
        columns: [.init("positive", "Positive", isNumeric: true), .init("answered", "Answered", isNumeric: true)],
        rows: zip(series, values).map { point, value in
          ReportTable.Row(
            id: point.period.description, heading: point.period.description,
            cells: [value, QuestionTally.baseValue(point.row)])
        }))
  }

  /// A number question's summary: how many answered, mean, median, smallest and largest.
  static func numberTable(_ question: QuestionTally, context: ReportTable.Context) -> ReportTable {
    let number = question.overall.number
    func decimal(_ value: Double?) -> ReportValue {
      guard let value else { return .suppressed(question.overall.isBaseSmall ? .small : .hidden) }
      return .decimal(value)
    }
    return ReportTable(
      id: "numbers", sheet: "Numbers", context: context, caption: "Answers to \(ReportWording.quoted(question.text))",
      rowHeading: "Figure", columns: [.init("value", "Value", isNumeric: true)],
      rows: [
        ReportTable.Row(id: "n", heading: "Answered", cells: [QuestionTally.baseValue(question.overall)]),
        ReportTable.Row(id: "mean", heading: "Mean", cells: [decimal(number?.mean)]),
        ReportTable.Row(id: "median", heading: "Median", cells: [decimal(number?.median)]),
        ReportTable.Row(id: "min", heading: "Smallest", cells: [decimal(number?.min)]),
        ReportTable.Row(id: "max", heading: "Largest", cells: [decimal(number?.max)]),
      ])
  }

  /// The theme scores: the mean positive share of each theme's questions.
  static func themeScoreSection(_ tally: InstrumentTally) -> ReportSection? {
    guard !tally.themes.isEmpty, tally.respondents > 0 else { return nil }
    let table = ReportTable(
      id: "theme_scores", sheet: "Theme scores", caption: "Mean positive share of each theme's questions",
      rowHeading: "Theme",
      columns: [.init("score", "Mean positive", isNumeric: true), .init("questions", "Questions")],
      rows: tally.themes.map { score in
        ReportTable.Row(
          id: score.theme, heading: score.theme,
          cells: [
            score.isSuppressed ? .suppressed(.hidden) : .share(score.meanPositivePercent),
            .text(score.questions.joined(separator: ", ")),
          ])
      })
    return ReportSection(
      id: "theme-scores", heading: "Theme scores",
      intro: [
        "Each theme's score is the mean of the positive shares of its questions; it is hidden when any of them is."
      ],
      blocks: [.table(table)])
  }

  static func surveyNotes(_ evidence: SurveyEvidence) -> [String] {
    let words = FigureText(rule: evidence.rule)
    var notes: [String] = []
    if let period = evidence.period {
      let previous = evidence.tally.previousPeriod.map {
        " Changes are against \($0), the period before with responses."
      }
      notes.append(
        "Responses to “\(evidence.instrument.title)” in \(ReportWording.periodWithLabel(period))."
          + (previous ?? ""))
    }
    notes += [
      "Percentages are of the people who answered each question. 95% ranges are Wilson score intervals; a change "
        + "is called significant when Newcombe's 95% interval for the difference leaves out zero.",
      words.legend,
      "Comments are coded into themes by the codebook's words and phrases. Quotes are typical comments chosen by "
        + "the theme coder, with names, schools, places, phone numbers, email addresses, postcodes and dates taken out.",
    ]
    return notes
  }
}
