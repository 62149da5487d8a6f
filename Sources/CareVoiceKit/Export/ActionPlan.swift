/// The foster carers' action plan: one row per area below its target or with a rising theme in the comments.
struct ActionPlan: Sendable {
  /// One area of the plan, with its evidence and suggested owner; action, due date and progress left blank.
  struct Row: Sendable, Hashable {
    var id: String
    var area: String
    var reason: String
    var result: ReportValue
    var target: ReportValue
    var evidence: String
    var owner: String
  }

  /// A theme of an improvement question in this period and the one before.
  struct ThemeChange: Sendable, Hashable {
    var question: String
    var theme: ThemeFigure
    var label: String
    var now: ReportValue
    var before: ReportValue
    var change: ReportValue
    var isRising: Bool
  }

  let rule: ActionPlanRule
  let words: FigureText
  let rows: [Row]
  let changes: [ThemeChange]
  let previousPeriod: Period?
  /// The instrument's id.
  let instrument: String

  init(evidence: SurveyEvidence, rule: ActionPlanRule) {
    self.rule = rule
    instrument = evidence.instrument.id
    let words = FigureText(rule: evidence.rule)
    self.words = words
    var rows: [Row] = []
    for question in evidence.tally.questions {
      guard let positive = question.overall.positive?.percent, positive < rule.target else { continue }
      let result = question.positiveValue
      var detail = "\(result.text(words)) agreed (\(QuestionTally.baseValue(question.overall).text(words)) answered)"
      if case .change(let change) = question.positiveChange, let previous = question.trend?.previousPeriod {
        detail += ", \(change.text) since \(previous)"
      }
      rows.append(
        Row(
          id: question.id, area: question.text, reason: "Rated below target", result: result,
          target: .percent(ReportPercent(exact: rule.target)), evidence: detail + ".",
          owner: rule.owner(for: [question.id, question.theme ?? ""])))
    }
    let (changes, previous) = ActionPlan.themeChanges(evidence: evidence, rule: rule)
    self.changes = changes
    self.previousPeriod = previous
    for change in changes where change.isRising {
      let questionText = evidence.instrument.question(change.question)?.text ?? change.question
      let mentioned = ReportValue.people(change.theme.respondents, rule: evidence.rule).text(words)
      rows.append(
        Row(
          id: "\(change.question)/\(change.theme.id)", area: change.label, reason: "Rising in comments",
          result: change.now, target: .empty,
          evidence: "Mentioned by \(mentioned) carers answering \(ReportWording.quoted(questionText)) "
            + "(\(change.now.text(words))), up from \(change.before.text(words)) in \(previous?.description ?? "the period before").",
          owner: rule.owner(for: [change.theme.id])))
    }
    self.rows = rows
  }

  /// Every theme of the improvement questions, this period against the latest earlier period with comments.
  private static func themeChanges(evidence: SurveyEvidence, rule: ActionPlanRule) -> ([ThemeChange], Period?) {
    guard let period = evidence.period, let overTime = evidence.themesOverTime else { return ([], nil) }
    var changes: [ThemeChange] = []
    var previousPeriod: Period?
    for question in overTime.questions {
      guard let definition = evidence.instrument.question(question.id), rule.isImprovementQuestion(definition) else {
        continue
      }
      let slices = question.byPeriod.compactMap { slice -> (Period, ThemeSlice)? in
        guard case .period(let period) = slice.key, (slice.answered ?? 1) > 0 else { return nil }
        return (period, slice)
      }
      guard let now = slices.first(where: { $0.0 == period })?.1,
        let before = slices.filter({ $0.0 < period && $0.0.end < period.start }).max(by: { $0.0 < $1.0 })
      else { continue }
      previousPeriod = before.0
      let labels = Dictionary(
        (evidence.themes.questions.first { $0.id == question.id }?.themes ?? question.themes).map {
          ($0.id, $0.label ?? $0.id)
        }, uniquingKeysWith: { first, _ in first })
      for theme in Report.rankedThemes(now.themes) {
        let previous = before.1.themes.first { $0.id == theme.id }
        let nowValue = ReportValue.share(theme.isSuppressed ? nil : theme.percent)
        let beforeValue = ReportValue.share(previous?.isSuppressed == false ? previous?.percent : nil)
        var change = ReportValue.empty
        var isRising = false
        if case .percent(let a) = nowValue, case .percent(let b) = beforeValue {
          change = .change(ReportChange(from: b, to: a, isSignificant: nil))
          isRising = a.exact - b.exact >= rule.risingPoints
        }
        changes.append(
          ThemeChange(
            question: question.id, theme: theme, label: labels[theme.id] ?? theme.id, now: nowValue,
            before: beforeValue, change: change, isRising: isRising))
      }
    }
    return (changes, previousPeriod)
  }

  /// The themes of the improvement questions, now and in the period before.
  var themeChangeTable: ReportTable? {
    guard !changes.isEmpty, let previousPeriod else { return nil }
    return ReportTable(
      id: "theme_changes", sheet: "Themes over time",
      context: changes.first.map { ReportTable.Context(heading: "Question", value: "\(instrument)/\($0.question)") },
      caption: "What carers want improved: share of those who wrote, against \(previousPeriod)", rowHeading: "Theme",
      columns: [
        .init("now", "Now", isNumeric: true),
        .init("before", String(describing: previousPeriod), isNumeric: true),
        .init("change", "Change (points)", isNumeric: true), .init("rising", "Rising?"),
      ],
      rows: changes.map { change in
        ReportTable.Row(
          id: "\(change.question)/\(change.theme.id)", heading: change.label,
          cells: [change.now, change.before, change.change, .text(change.isRising ? "yes" : "no")])
      })
  }

  /// The plan as a table: the evidence and a suggested owner filled in, the action, due date and progress blank.
  var table: ReportTable {
    ReportTable(
      id: "action_plan", sheet: "Action plan", caption: "Action plan", rowHeading: "Area",
      columns: [
        .init("reason", "Why it is here"), .init("result", "Result", isNumeric: true),
        .init("target", "Target", isNumeric: true), .init("evidence", "What carers told us"),
        .init("suggested_owner", "Suggested owner"), .init("action", "Action we will take"),
        .init("owner", "Owner"), .init("due", "Due date"), .init("progress", "Progress"),
      ],
      rows: rows.map { row in
        ReportTable.Row(
          id: row.id, heading: row.area,
          cells: [
            .text(row.reason), row.result, row.target, .text(row.evidence), .text(row.owner), .empty, .empty, .empty,
            .empty,
          ])
      })
  }

  /// The action plan's section.
  func section(words: FigureText) -> ReportSection {
    var blocks: [ReportBlock] = [
      .paragraph(
        "One row for each area rated below the target of \(PledgeWording.target(rule.target)), and for each theme of "
          + "the comments on what to improve that rose by \(ReportValue.decimalText(rule.risingPoints)) points or "
          + "more since the period before. The suggested owner is a starting point; the action, owner, due date and "
          + "progress are for the team to agree and fill in.")
    ]
    if rows.isEmpty {
      blocks.append(
        .callout(
          ReportCallout(
            tone: .positive, title: "No area needs a plan", paragraphs: ["Every area met its target and no theme rose."]
          )))
    } else {
      blocks.append(.table(table))
    }
    return ReportSection(id: "action-plan", heading: "Action plan", blocks: blocks)
  }
}
