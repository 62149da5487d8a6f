/// The foster carers' report: what carers rate lowest and say most, turned into an action plan for the team.
extension Report {
  /// The fostering team's report on a foster carer survey, with its action plan.
  public static func fosterCarers(_ evidence: SurveyEvidence, plan rule: ActionPlanRule = ActionPlanRule()) -> Report {
    let tally = evidence.tally
    let words = FigureText(rule: evidence.rule)
    let rated = tally.questions.filter { $0.overall.positive != nil }
    let plan = ActionPlan(evidence: evidence, rule: rule)
    var sections = [fosterSummary(evidence, rated: rated, plan: plan)]
    if !rated.isEmpty && tally.respondents > 0 {
      sections.append(
        ReportSection(
          id: "ratings", heading: "What carers rate lowest and highest",
          intro: [
            "The share of carers who agreed or strongly agreed with each statement, lowest first. Our target is "
              + "\(PledgeWording.target(rule.target)) for every area."
          ],
          blocks: [.chart(positiveChart(rated, id: "carer-ratings", target: rule.target, sortedLowestFirst: true))]))
    }
    sections += fosterComments(evidence, plan: plan)
    sections.append(plan.section(words: words))
    let period = evidence.period.map(ReportWording.periodWithLabel) ?? "no responses loaded yet"
    return Report(
      audience: .fosterCarers, name: evidence.instrument.id, title: "\(evidence.instrument.title): what carers told us",
      subtitle: "Report and action plan for the fostering team: \(period)", asOf: evidence.asOf,
      period: evidence.period,
      rule: evidence.rule,
      howToRead: [
        "What foster carers rated lowest and wrote about most, and an action plan with one row for each area that "
          + "needs work. The plan's action, owner and due date are for the team to agree and fill in: the workbook "
          + "and the action plan CSV can be edited.",
        "Percentages are of the carers who answered each question, rounded to whole numbers.", words.legend,
      ],
      sections: sections, notes: fosterNotes(evidence, rule: rule))
  }

  private static func fosterSummary(_ evidence: SurveyEvidence, rated: [QuestionTally], plan: ActionPlan)
    -> ReportSection
  {
    let rule = evidence.rule
    let shown = rated.filter { $0.overall.positive?.percent != nil }
    let lowest = shown.min { ($0.overall.positive?.percent ?? 0) < ($1.overall.positive?.percent ?? 0) }
    let highest = shown.max { ($0.overall.positive?.percent ?? 0) < ($1.overall.positive?.percent ?? 0) }
    var figures = [
      ReportKeyFigure(id: "carers", value: .people(evidence.tally.respondents, rule: rule), label: "carers answered"),
      ReportKeyFigure(id: "plan_rows", value: .number(plan.rows.count), label: "areas in the action plan"),
    ]
    if let lowest {
      figures.append(
        ReportKeyFigure(id: "lowest", value: lowest.positiveValue, label: "agree, the lowest rated", note: lowest.text))
    }
    if let highest {
      figures.append(
        ReportKeyFigure(
          id: "highest", value: highest.positiveValue, label: "agree, the highest rated", note: highest.text))
    }
    return ReportSection(id: "summary", heading: "Summary", blocks: [.keyFigures(figures)])
  }

  private static func fosterComments(_ evidence: SurveyEvidence, plan: ActionPlan) -> [ReportSection] {
    var blocks: [ReportBlock] = []
    for question in evidence.themes.questions where (question.answered ?? 1) > 0 {
      let text = evidence.instrument.question(question.id)?.text ?? question.id
      blocks += commentBlocks(
        question, instrument: evidence.instrument, rule: evidence.rule, heading: ReportWording.quoted(text),
        quotesFrom: 4)
    }
    if let changes = plan.themeChangeTable { blocks.append(.table(changes)) }
    guard !blocks.isEmpty else { return [] }
    return [
      ReportSection(
        id: "comments", heading: "What carers say most",
        intro: ["Carers' comments coded into themes, the most mentioned first. A comment can touch several themes."],
        blocks: blocks)
    ]
  }

  private static func fosterNotes(_ evidence: SurveyEvidence, rule: ActionPlanRule) -> [String] {
    var notes = surveyNotes(evidence)
    notes.insert(
      "The action plan lists every area whose positive share is below \(PledgeWording.target(rule.target)), and every "
        + "theme of the comments on what to improve whose share rose by \(ReportValue.decimalText(rule.risingPoints)) "
        + "points or more since the period before. Owners are suggestions by area; the team agrees the real ones.",
      at: 1)
    return notes
  }
}
