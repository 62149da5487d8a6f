/// The young people's report: the Pledge promise by promise, in plain words, with big clear charts.
extension Report {
  /// The Children in Care Council's version of a Pledge's report: "You told us", "We said we would", "What happened".
  public static func youngPeople(_ evidence: PledgeEvidence) -> Report {
    let summary = evidence.summary
    let words = FigureText(rule: summary.disclosure)
    var sections = [youngAtAGlance(evidence)]
    sections += summary.commitments.enumerated().map { youngPromise($1, number: $0 + 1, evidence: evidence) }
    let glossary = PlainGlossary.section(for: sections)
    if let glossary { sections.insert(glossary, at: 1) }
    var howToRead = [
      "Our Pledge is the list of promises we made to children and young people in care. We asked you if we are "
        + "keeping them.",
      "For each promise you can see what you told us, what we said we would do, and what happened.",
    ]
    if summary.disclosure.minimumCell > 1 {
      howToRead.append(
        "If \(words.small) people gave an answer, we don't show the number. This keeps everyone's answers private.")
    }
    if glossary != nil { howToRead.append("Some harder words are explained in “Words we use”.") }
    let period = summary.period.map { " \(ReportWording.period($0))." } ?? ""
    return Report(
      audience: .youngPeople, name: summary.pledge, title: "Our Pledge: what you told us and what we did",
      subtitle: "For children and young people in care and care leavers.\(period)", asOf: summary.asOf,
      period: summary.period, rule: summary.disclosure, howToRead: howToRead, sections: sections,
      notes: youngNotes(evidence))
  }

  private static func youngAtAGlance(_ evidence: PledgeEvidence) -> ReportSection {
    let summary = evidence.summary
    let total = summary.commitments.count
    func count(_ rating: Rating) -> Int { summary.commitments.filter { $0.rating == rating }.count }
    func promises(_ id: String, _ rating: Rating, _ words: String) -> ReportKeyFigure {
      let count = count(rating)
      return ReportKeyFigure(
        id: id, value: .number(count), label: (count == 1 ? "promise is " : "promises are ") + words,
        note: "out of \(total)")
    }
    let done = summary.actionTotals.completed
    let figures = [
      promises("going_well", .green, "going well"), promises("getting_there", .amber, "getting there"),
      promises("not_good_enough", .red, "not good enough yet"),
      ReportKeyFigure(
        id: "done", value: .number(done),
        label: done == 1 ? "thing we said we would do is done" : "things we said we would do are done",
        note: "out of \(summary.actionTotals.total)"),
    ]
    var blocks: [ReportBlock] = [.keyFigures(figures)]
    let words = FigureText(rule: summary.disclosure)
    let answered = evidence.instruments.compactMap { instrument -> String? in
      guard let count = evidence.respondents[instrument.id], count > 0 else { return nil }
      return "\(ReportValue.people(count, rule: summary.disclosure).text(words)) of you answered “\(instrument.title)”"
    }
    if let period = summary.period, !answered.isEmpty {
      blocks.append(.paragraph("From \(ReportWording.period(period)): " + ReportWording.list(answered) + "."))
    }
    blocks.append(.paragraph("Thank you to everyone who told us what they think."))
    return ReportSection(id: "at-a-glance", heading: "At a glance", blocks: blocks)
  }

  private static func youngPromise(_ commitment: CommitmentSummary, number: Int, evidence: PledgeEvidence)
    -> ReportSection
  {
    let rule = evidence.summary.disclosure
    let words = FigureText(rule: rule)
    var blocks: [ReportBlock] = [.rating(youngRating(commitment))]
    let definitions = evidence.pledge.commitments.first { $0.id == commitment.id }?.indicators ?? []
    if !commitment.indicators.isEmpty {
      blocks.append(.subheading("You told us"))
      for (index, indicator) in commitment.indicators.enumerated() {
        let positive = index < definitions.count ? evidence.positiveLabels(definitions[index]) : []
        blocks.append(.paragraph(youngSentence(indicator, positive: positive, evidence: evidence, words: words)))
      }
      blocks.append(.chart(youngChart(commitment, number: number, evidence: evidence)))
      if let sentence = youngThemes(commitment.themes, rule: rule) { blocks.append(.paragraph(sentence)) }
    }
    if !commitment.actions.isEmpty {
      blocks.append(.subheading("We said we would, and what happened"))
      blocks.append(
        .actions(
          ReportActions(
            context: ReportTable.Context(heading: "Promise", value: commitment.id),
            caption: "What we are doing about promise \(number)",
            headings: ReportActions.Headings(
              youSaid: "You said", weWill: "We said we would", owner: "", due: "By when", status: "What happened"),
            items: commitment.actions.map(youngAction), showsReference: false)))
    }
    return ReportSection(
      id: "promise-\(number)", heading: "Promise \(number): \(commitment.plain ?? commitment.promise)", blocks: blocks)
  }

  /// "In your comments, 12 of you wrote about changes of social worker." A theme named the same in several forms
  /// is counted once, as the comments it came up in; a hidden count is left out.
  static func youngThemes(_ themes: [ThemeSummary], rule: DisclosureRule) -> String? {
    var order: [String] = []
    var totals: [String: (label: String, count: Int, sources: Int)] = [:]
    for theme in themes {
      guard !theme.isSuppressed, let count = theme.respondents, count > 0, !rule.suppresses(count) else { continue }
      let key = theme.label.lowercased()
      if totals[key] == nil { order.append(key) }
      let total = totals[key] ?? (theme.label, 0, 0)
      totals[key] = (total.label, total.count + count, total.sources + 1)
    }
    let parts = order.compactMap { totals[$0] }.map { total in
      total.sources == 1
        ? "\(total.count) of you wrote about \(total.label.lowercasedFirst)"
        : "\(total.label.lowercasedFirst) came up in \(total.count) comments"
    }
    return parts.isEmpty ? nil : "In your comments, " + ReportWording.list(parts) + "."
  }

  private static func youngRating(_ commitment: CommitmentSummary) -> ReportRating {
    switch commitment.rating {
    case .green:
      return ReportRating(
        rating: .green, badge: "Going well", headline: "We are keeping this promise.",
        detail: "Enough of you gave a good answer to reach our aim.")
    case .amber:
      return ReportRating(
        rating: .amber, badge: "Getting there", headline: "We are nearly there, but not yet.",
        detail: "Fewer of you gave a good answer than we aim for.")
    case .red:
      return ReportRating(
        rating: .red, badge: "Not good enough yet", headline: "We are not keeping this promise well enough.",
        detail: "Too few of you gave a good answer. We need to do much better.")
    case .grey:
      return ReportRating(
        rating: .grey, badge: "Not sure yet", headline: "We can't tell yet.",
        detail: commitment.indicators.isEmpty
          ? "We did not ask a question about this promise, so look at what we did."
          : "Not enough of you answered for us to tell how it is going.")
    }
  }

  private static func youngChart(_ commitment: CommitmentSummary, number: Int, evidence: PledgeEvidence) -> ReportChart
  {
    let rows = commitment.indicators.map { indicator in
      ReportChart.Row(label: evidence.source(indicator.instrument), values: [indicator.resultValue])
    }
    let table = ReportTable(
      id: "you_told_us", sheet: "You told us", context: ReportTable.Context(heading: "Promise", value: commitment.id),
      caption: "What you told us about promise \(number)", rowHeading: "Where we asked",
      columns: [
        .init("good_answer", "Good answers", isNumeric: true),
        .init("answered", "Answered", isNumeric: true), .init("last_time", "Last time", isNumeric: true),
        .init("aim", "Our aim", isNumeric: true),
      ],
      rows: commitment.indicators.map { indicator in
        ReportTable.Row(
          id: "\(indicator.instrument)/\(indicator.question)", heading: evidence.source(indicator.instrument),
          cells: [
            indicator.resultValue, indicator.baseValue, indicator.previousValue,
            .percent(ReportPercent(exact: indicator.target)),
          ])
      })
    let single = commitment.indicators.count == 1 ? commitment.indicators.first?.target : nil
    return ReportChart(
      id: "promise-\(number)-chart", kind: .bars,
      title: "How many of you gave a good answer about promise \(number)",
      caption: "How many of you gave a good answer", rows: rows, target: single, table: table,
      note: single.map { "The dashed line is our aim: \(PledgeWording.target($0)) or more." } ?? "")
  }

  /// The sentence under "You told us": the share, about how many in ten, the change since last time, and the aim.
  private static func youngSentence(
    _ indicator: IndicatorSummary, positive: [String], evidence: PledgeEvidence, words: FigureText
  ) -> String {
    let question = ReportWording.quoted(evidence.questionText(indicator.instrument, indicator.question))
    guard let result = indicator.resultPercent else {
      if indicator.isSuppressed {
        return "We can't show the result for \(question), because it could show how just a few of you answered."
      }
      return "Not enough of you answered \(question) for us to show the result."
    }
    let answers = positive.isEmpty ? "yes" : ReportWording.list(positive.map { "“\($0)”" }, joining: "or")
    var sentence = "\(words.percent(result.whole, exact: result.exact)) of you said \(answers) to \(question)."
    let tenths = Int((result.exact / 10).rounded())
    if tenths > 0 && tenths < 10 { sentence += " That is about \(tenths) in every 10 of you." }
    if let previous = indicator.previousPercent {
      let then = words.percent(previous.whole, exact: previous.exact)
      if result.whole > previous.whole {
        sentence += " Last time it was \(then), so it has gone up."
      } else if result.whole < previous.whole {
        sentence += " Last time it was \(then), so it has gone down."
      } else {
        sentence += " It is the same as last time."
      }
    }
    sentence += " We want it to be \(PledgeWording.target(indicator.target)) or more."
    return sentence
  }

  /// An action in plain words: "Done", "Done, but later than we said", "Late: not done yet".
  static func youngAction(_ tracked: TrackedAction) -> ReportActions.Item {
    let status: String
    switch tracked.state {
    case .completedOnTime: status = "Done"
    case .completedLate: status = "Done, but later than we said"
    case .dropped: status = "We stopped doing this"
    case .overdue: status = "Late: not done yet"
    case .dueSoon: status = "Should be done soon"
    case .open: status = tracked.action.status == .notStarted ? "Not started yet" : "We are working on it"
    }
    return ReportActions.Item(
      id: tracked.action.id, youSaid: tracked.action.youSaid, weWill: tracked.action.weWill,
      weDid: tracked.action.weDid ?? "", owner: tracked.action.owner, due: tracked.action.due, state: tracked.state,
      status: status, tone: tone(tracked.state))
  }

  private static func youngNotes(_ evidence: PledgeEvidence) -> [String] {
    let summary = evidence.summary
    var notes: [String] = []
    let sources = evidence.instruments.filter { (evidence.respondents[$0.id] ?? 0) > 0 }.map { "“\($0.title)”" }
    if !sources.isEmpty { notes.append("The numbers come from " + ReportWording.list(sources) + ".") }
    notes.append(
      "Percentages are out of the people who answered each question, rounded to whole numbers. 50% means half of "
        + "you.")
    if summary.disclosure.minimumCell > 1 {
      notes.append(
        "If \(FigureText(rule: summary.disclosure).small) people gave an answer, we don't show the number, so nobody "
          + "can tell who said what.")
    }
    notes += [
      "We need at least \(evidence.minimumRatedBase) answers before we say how a promise is going.",
      "Comments have names, schools, places, phone numbers and other details taken out before anyone reads them.",
      "This is how things were on \(ReportWording.date(summary.asOf)).",
    ]
    return notes
  }
}

extension String {
  /// The text with its first letter small, unless the word is in capitals: "Changes of social worker" → "changes of…".
  var lowercasedFirst: String {
    guard let first, let second = dropFirst().first, second.isLowercase else { return self }
    return first.lowercased() + dropFirst()
  }
}
