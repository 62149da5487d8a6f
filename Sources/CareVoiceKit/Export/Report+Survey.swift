/// The officer's survey report: every question with its answers, breakdown, trend and themes.
extension Report {
  /// The full report on one instrument for one period.
  public static func survey(_ evidence: SurveyEvidence) -> Report {
    let tally = evidence.tally
    let words = FigureText(rule: evidence.rule)
    var sections = [surveySummary(evidence)]
    sections += tally.questions.map { surveyQuestion($0, evidence: evidence) }
    if let scores = themeScoreSection(tally) { sections.append(scores) }
    let period = evidence.period.map(ReportWording.periodWithLabel) ?? "no responses loaded yet"
    var howToRead = [
      "Every question of the survey, in the order the form asks them. Percentages are of the people who answered "
        + "each question, rounded to whole numbers; where answers are one each, they add up to 100%.",
      words.legend,
    ]
    if let attribute = evidence.breakdownAttribute {
      howToRead.insert("Each question is also broken down by \(attribute.label.lowercasedFirst).", at: 1)
    }
    return Report(
      audience: .survey, name: evidence.instrument.id, title: evidence.instrument.title,
      subtitle: "Survey report: \(period)", asOf: evidence.asOf, period: evidence.period, rule: evidence.rule,
      howToRead: howToRead, sections: sections, notes: surveyNotes(evidence))
  }

  private static func surveySummary(_ evidence: SurveyEvidence) -> ReportSection {
    let tally = evidence.tally
    let rule = evidence.rule
    var figures = [
      ReportKeyFigure(id: "respondents", value: .people(tally.respondents, rule: rule), label: "responses"),
      ReportKeyFigure(id: "questions", value: .number(tally.questions.count), label: "questions"),
    ]
    let periods = tally.questions.compactMap { $0.trend?.series.count }.max() ?? 0
    if periods > 0 { figures.append(ReportKeyFigure(id: "periods", value: .number(periods), label: "periods loaded")) }
    var blocks: [ReportBlock] = [.keyFigures(figures)]
    if tally.respondents == 0 {
      blocks.append(.paragraph("No responses are loaded for this period."))
    }
    let scored = tally.questions.filter { $0.overall.positive != nil }
    if !scored.isEmpty && tally.respondents > 0 {
      blocks.append(.chart(positiveChart(scored, id: "positive-answers", target: nil, sortedLowestFirst: false)))
    }
    return ReportSection(id: "summary", heading: "Summary", blocks: blocks)
  }

  /// A bar chart of the questions' positive shares, with a table of their bases, intervals and changes.
  static func positiveChart(_ questions: [QuestionTally], id: String, target: Double?, sortedLowestFirst: Bool)
    -> ReportChart
  {
    var ordered = questions
    if sortedLowestFirst {
      ordered = questions.enumerated().sorted { a, b in
        let left = a.element.overall.positive?.percent ?? 1000
        let right = b.element.overall.positive?.percent ?? 1000
        return left != right ? left < right : a.offset < b.offset
      }.map(\.element)
    }
    let table = ReportTable(
      id: "positive_answers", sheet: "Positive answers", caption: "Positive answers by question",
      rowHeading: "Question",
      columns: [
        .init("positive", "Positive", isNumeric: true),
        .init("answered", "Answered", isNumeric: true), .init("ci95", "95% range", isNumeric: true),
        .init("previous", "Period before", isNumeric: true), .init("change", "Change (points)", isNumeric: true),
      ],
      rows: ordered.map { question in
        ReportTable.Row(
          id: question.id, heading: question.text,
          cells: [
            question.positiveValue, QuestionTally.baseValue(question.overall),
            question.overall.positive.map(QuestionTally.intervalValue) ?? .empty, question.previousPositive,
            question.positiveChange,
          ])
      })
    return ReportChart(
      id: id, kind: .bars, title: "Share of positive answers to each question",
      caption: sortedLowestFirst ? "Positive answers, lowest first" : "Positive answers by question",
      rows: ordered.map { ReportChart.Row(label: $0.text, values: [$0.positiveValue]) }, target: target, table: table,
      note: target.map { "The dashed line is the target, \(PledgeWording.target($0))." } ?? "")
  }

  private static func surveyQuestion(_ question: QuestionTally, evidence: SurveyEvidence) -> ReportSection {
    let rule = evidence.rule
    let words = FigureText(rule: rule)
    let context = ReportTable.Context(heading: "Question", value: question.id)
    var blocks: [ReportBlock] = [.paragraph(baseSentence(question, words: words))]
    switch question.type {
    case .single, .scale, .multiple:
      blocks.append(.chart(optionChart(question, evidence: evidence, context: context)))
      if let breakdown = question.breakdown, let attribute = evidence.breakdownAttribute {
        blocks.append(
          breakdownBlock(question, groups: breakdown, attribute: attribute, context: context, words: words))
      }
      if let trend = question.trend, trend.series.count > 1, question.overall.positive != nil {
        blocks.append(.chart(positiveTrend(question, series: trend.series, context: context)))
      }
    case .number:
      blocks.append(.table(numberTable(question, context: context)))
    case .text:
      if let themes = evidence.themes.questions.first(where: { $0.id == question.id }) {
        blocks += commentBlocks(
          themes, instrument: evidence.instrument, rule: rule, heading: question.text, quotesFrom: 5, subheading: false)
      } else {
        blocks.append(.paragraph("This question has no codebook, so its comments are not coded or shown."))
      }
    }
    return ReportSection(
      id: question.id, heading: question.text, intro: ["Question \(question.id), \(kindWords(question.type))."],
      blocks: blocks)
  }

  static func kindWords(_ kind: Question.Kind) -> String {
    switch kind {
    case .single: return "one answer"
    case .multiple: return "any number of answers"
    case .scale: return "an answer on a scale"
    case .number: return "a number"
    case .text: return "written comments"
    }
  }

  /// Who answered, skipped or was not shown a question, as one sentence.
  static func baseSentence(_ question: QuestionTally, words: FigureText) -> String {
    let base = QuestionTally.baseValue(question.overall).text(words)
    let skipped = ReportValue.people(
      question.skipped, rule: words.rule, isSmall: question.smallCounts.contains(.skipped))
    let notShown = ReportValue.people(
      question.notShown, rule: words.rule, isSmall: question.smallCounts.contains(.notShown))
    var sentence = "\(base.capitalisedFirst) answered; \(skipped.text(words)) skipped it"
    if notShown != .count(0) { sentence += "; \(notShown.text(words)) were not shown it" }
    sentence += "."
    if question.type == .multiple {
      sentence += " People could choose more than one answer, so the percentages can add up to more than 100%."
    }
    if words.baseFlag(question.overall.base) != nil { sentence += " Small base: treat percentages with care." }
    return sentence
  }

  private static func optionChart(_ question: QuestionTally, evidence: SurveyEvidence, context: ReportTable.Context)
    -> ReportChart
  {
    let percents = question.optionPercents(question.overall)
    var rows = zip(question.overall.options, percents).map { option, percent in
      ReportTable.Row(
        id: option.value, heading: option.label,
        cells: [
          QuestionTally.countValue(option.share), percent, QuestionTally.intervalValue(option.share),
          question.trend?.options.first { $0.value == option.value }.flatMap(changeValue) ?? .empty,
        ])
    }
    if let positive = question.overall.positive {
      rows.append(
        ReportTable.Row(
          id: "positive", heading: "Positive answers",
          cells: [
            QuestionTally.countValue(positive), question.positiveValue, QuestionTally.intervalValue(positive),
            question.positiveChange,
          ]))
    }
    let table = ReportTable(
      id: "answers", sheet: "Answers", context: context, caption: "Answers to \(ReportWording.quoted(question.text))",
      rowHeading: "Answer",
      columns: [
        .init("count", "Count", isNumeric: true), .init("percent", "Percent", isNumeric: true),
        .init("ci95", "95% range", isNumeric: true), .init("change", "Change (points)", isNumeric: true),
      ], rows: rows)
    if question.type == .scale {
      return ReportChart(
        id: "\(question.id)-answers", kind: .stacked, title: "Answers to \(ReportWording.quoted(question.text))",
        caption: "How people answered", answers: question.overall.options.map(\.label),
        rows: [ReportChart.Row(label: "", values: percents)], table: table)
    }
    return ReportChart(
      id: "\(question.id)-answers", kind: .bars, title: "Answers to \(ReportWording.quoted(question.text))",
      caption: "How people answered",
      rows: zip(question.overall.options, percents).map { ReportChart.Row(label: $0.label, values: [$1]) },
      table: table)
  }

  private static func changeValue(_ change: ShareChange) -> ReportValue? {
    guard let now = change.percent, let before = change.previous else { return nil }
    return .change(
      ReportChange(
        from: ReportPercent(exact: before), to: ReportPercent(exact: now), isSignificant: change.isSignificant))
  }
}
