/// The board paper: the pledge-tracking summary with ratings, trends, evidence bases, intervals, actions and themes.
extension Report {
  /// The Corporate Parenting Board's report on a Pledge.
  public static func board(_ evidence: PledgeEvidence) -> Report {
    let summary = evidence.summary
    let words = FigureText(rule: summary.disclosure)
    var sections = [boardSummary(evidence)]
    sections += summary.commitments.map { boardPromise($0, evidence: evidence) }
    sections.append(boardActions(evidence))
    let comments = commentSections(evidence, audience: .board)
    sections += comments
    let period = summary.period.map(ReportWording.periodWithLabel) ?? "no period loaded yet"
    return Report(
      audience: .board, name: summary.pledge, title: summary.title,
      subtitle: "Progress report to the Corporate Parenting Board: \(period)", asOf: summary.asOf,
      period: summary.period, rule: summary.disclosure,
      howToRead: [
        "Each promise is rated by its weakest measure. Green: the share of positive answers is at or above its "
          + "target. Amber: below the target but not below the red line. Red: below the red line. Grey: fewer than "
          + "\(evidence.minimumRatedBase) people answered, so there is not enough evidence to rate it.",
        "Percentages are of the people who answered each question, rounded to whole numbers. The 95% range shows "
          + "where the true figure probably lies given how many answered; a change is called significant when it is "
          + "unlikely to be chance alone.",
        words.legend,
      ],
      sections: sections, notes: boardNotes(evidence))
  }

  private static func boardSummary(_ evidence: PledgeEvidence) -> ReportSection {
    let summary = evidence.summary
    let commitments = summary.commitments
    func count(_ rating: Rating) -> Int { commitments.filter { $0.rating == rating }.count }
    let totals = summary.actionTotals
    func promises(_ rating: Rating, _ words: String) -> ReportKeyFigure {
      let count = count(rating)
      return ReportKeyFigure(
        id: rating.rawValue, value: .number(count), label: "\(count == 1 ? "promise" : "promises") \(words)",
        note: "of \(commitments.count)")
    }
    var figures = [promises(.green, "rated Green"), promises(.amber, "rated Amber"), promises(.red, "rated Red")]
    if count(.grey) > 0 { figures.append(promises(.grey, "without enough evidence")) }
    figures.append(
      ReportKeyFigure(
        id: "actions_completed", value: .number(totals.completed),
        label: totals.completed == 1 ? "action completed" : "actions completed",
        note: "of \(totals.total); \(totals.overdue) overdue"))
    var attention: [String] = []
    let red = commitments.filter { $0.rating == .red }
    if !red.isEmpty {
      attention.append(
        "Rated Red: " + ReportWording.list(red.map { "\($0.id) (\(shortPromise($0)))" }) + ".")
    }
    let overdue = commitments.flatMap(\.actions).filter { $0.state == .overdue }
    if !overdue.isEmpty {
      attention.append(
        "\(ReportWording.plural(overdue.count, "action")) overdue: "
          + ReportWording.list(overdue.map { "\($0.action.id) (\(evidence.owner($0)))" }) + ".")
    }
    let callout =
      attention.isEmpty
      ? ReportCallout(
        tone: .positive, title: "For the Board", paragraphs: ["No promise is rated Red and no action is overdue."])
      : ReportCallout(tone: .important, title: "For the Board's attention", paragraphs: attention)
    let table = ReportTable(
      id: "promises", sheet: "Promises", caption: "Promises at a glance", rowHeading: "Promise",
      columns: [
        .init("promise", "We will"), .init("rating", "Rating"), .init("weakest", "Weakest result", isNumeric: true),
        .init("target", "Its target", isNumeric: true), .init("change", "Change", isNumeric: true),
        .init("actions_completed", "Actions done", isNumeric: true), .init("actions_total", "Actions", isNumeric: true),
        .init("actions_overdue", "Overdue", isNumeric: true),
      ],
      rows: commitments.map { commitment in
        let weakest = weakestIndicator(commitment)
        return ReportTable.Row(
          id: commitment.id, heading: commitment.id,
          cells: [
            .text(commitment.promise), .rating(commitment.rating), weakest?.resultValue ?? .empty,
            weakest.map { .percent(ReportPercent(exact: $0.target)) } ?? .empty, weakest?.changeValue ?? .empty,
            .number(commitment.actions.filter(\.state.isCompleted).count), .number(commitment.actions.count),
            .number(commitment.actions.filter { $0.state == .overdue }.count),
          ])
      })
    return ReportSection(
      id: "summary", heading: "Summary",
      intro: [
        "How each promise of the Pledge stood in \(evidence.summary.period.map(ReportWording.period) ?? "the period"), "
          + "and where the \"You said, we did\" actions stood on \(ReportWording.date(summary.asOf))."
      ],
      blocks: [.keyFigures(figures), .callout(callout), .paragraph(totals.sentence(asOf: summary.asOf)), .table(table)])
  }

  /// The indicator a promise's rating rests on: its worst coloured one, else its first.
  static func weakestIndicator(_ commitment: CommitmentSummary) -> IndicatorSummary? {
    commitment.indicators.filter { $0.rating.severity != nil }.min {
      ($0.rating.severity ?? 0) < ($1.rating.severity ?? 0)
    }
      ?? commitment.indicators.first
  }

  /// The first words of a promise, without its opening "We will": for lists.
  static func shortPromise(_ commitment: CommitmentSummary) -> String {
    var text = Substring(commitment.promise)
    if text.lowercased().hasPrefix("we will ") { text = text.dropFirst(8) }
    let words = text.split(separator: " ")
    return words.count <= 10 ? String(text) : words.prefix(10).joined(separator: " ") + "…"
  }

  private static func boardActions(_ evidence: PledgeEvidence) -> ReportSection {
    let summary = evidence.summary
    let totals = summary.actionTotals
    let open = totals.total - totals.completed - totals.overdue - totals.dueSoon - totals.dropped
    let figures = [
      ReportKeyFigure(id: "completed_on_time", value: .number(totals.completedOnTime), label: "completed on time"),
      ReportKeyFigure(
        id: "completed_late", value: .number(totals.completed - totals.completedOnTime), label: "completed late"),
      ReportKeyFigure(id: "overdue", value: .number(totals.overdue), label: "overdue"),
      ReportKeyFigure(id: "due_soon", value: .number(totals.dueSoon), label: "due in the next 30 days"),
      ReportKeyFigure(id: "open", value: .number(open), label: "open, due later"),
      ReportKeyFigure(id: "dropped", value: .number(totals.dropped), label: "dropped"),
    ]
    let attention = summary.commitments.flatMap(\.actions).filter { $0.state == .overdue || $0.state == .dueSoon }
    var blocks: [ReportBlock] = [.paragraph(totals.sentence(asOf: summary.asOf)), .keyFigures(figures)]
    if !attention.isEmpty {
      blocks.append(
        .actions(
          ReportActions(
            id: "actions_attention", caption: "Actions overdue or due in the next 30 days",
            headings: boardActionHeadings,
            items: attention.map(boardAction))))
    }
    return ReportSection(
      id: "actions", heading: "You said, we did: actions",
      intro: ["Every action in the Pledge, judged as of \(ReportWording.date(summary.asOf))."], blocks: blocks)
  }

  static let boardActionHeadings = ReportActions.Headings(
    youSaid: "You said", weWill: "We will", owner: "Owner", due: "Due", status: "Where it stands")

  /// An action in the board's words: "Completed late (14 May 2026)".
  static func boardAction(_ tracked: TrackedAction) -> ReportActions.Item {
    var done = tracked.action.weDid ?? ""
    if tracked.state.isCompleted, let day = tracked.action.completedOn {
      done = "Completed \(ReportWording.date(day))." + (done.isEmpty ? "" : " " + done)
    }
    return ReportActions.Item(
      id: tracked.action.id, youSaid: tracked.action.youSaid, weWill: tracked.action.weWill, weDid: done,
      owner: tracked.action.owner, due: tracked.action.due, state: tracked.state,
      status: boardStatus(tracked), tone: tone(tracked.state))
  }

  /// "Overdue", "Due soon (not started)", "Completed late".
  static func boardStatus(_ tracked: TrackedAction) -> String {
    let words = PledgeWording.state(tracked.state)
    let unstarted = tracked.action.status == .notStarted && !tracked.state.isCompleted && tracked.state != .dropped
    return unstarted ? words + " (not started)" : words
  }

  static func tone(_ state: ActionState) -> ReportActions.Tone {
    switch state {
    case .completedOnTime: return .done
    case .completedLate: return .done
    case .overdue: return .late
    case .dueSoon, .open: return .onTrack
    case .dropped: return .neutral
    }
  }

  private static func boardNotes(_ evidence: PledgeEvidence) -> [String] {
    let summary = evidence.summary
    let words = FigureText(rule: summary.disclosure)
    let used = evidence.instruments.filter { evidence.respondents[$0.id] != nil }
    var notes: [String] = []
    if let period = summary.period {
      let sources = used.map { instrument in
        let count = ReportValue.people(evidence.respondents[instrument.id] ?? 0, rule: summary.disclosure)
        return "\(instrument.title) (\(count.text(words)) \(count == .count(1) ? "response" : "responses"))"
      }
      notes.append(
        "Sources, \(ReportWording.periodWithLabel(period)): " + ReportWording.list(sources) + ". Each measure is "
          + "compared with the latest earlier period of the same length that has answers to the same question.")
    }
    notes += [
      "Each promise takes the rating of its worst measure (\(summary.rollUp.rawValue)). A measure needs at least \(evidence.minimumRatedBase) answers to be "
        + "rated; with fewer it is grey and its result is not shown.",
      "95% ranges are Wilson score intervals. A change is called significant when Newcombe's 95% interval for the "
        + "difference leaves out zero; it assumes the two periods' respondents are independent samples.",
      "Actions are judged as of \(ReportWording.date(summary.asOf)): an action completed after that day counts as "
        + "not yet done, and \"due soon\" means due within \(ActionState.dueSoonDays) days.",
      words.legend,
      "Quotes are typical comments chosen by the theme coder, with names, schools, places, phone numbers, email "
        + "addresses, postcodes and dates taken out. No one who answered can be identified from this report.",
    ]
    return notes
  }
}

extension PledgeEvidence {
  /// The smallest base on which a measure is rated: the Pledge's minimum base or the small-number rule's, whichever is larger.
  var minimumRatedBase: Int { max(pledge.minimumBase, summary.disclosure.minimumCell, 1) }

  /// An action's owner, for lists.
  func owner(_ tracked: TrackedAction) -> String { tracked.action.owner }
}
