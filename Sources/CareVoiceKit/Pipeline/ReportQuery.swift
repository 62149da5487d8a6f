/// The evidence for written reports, read from the store: tallies, coded comments and pledge summaries.
public enum ReportQuery {
  /// A Pledge's summary with who answered each of its instruments and their coded comments, for one period.
  ///
  /// The period is `period`, or the latest with evidence for any indicator. With `comments` false the linked
  /// questions' comments are not coded again for quotes (the young people's report shows none).
  public static func pledgeEvidence(
    pledge: Pledge, workspace: Workspace, period: Period?, asOf: Day, rule: DisclosureRule, store: Store,
    comments codesComments: Bool = true
  ) throws -> PledgeEvidence {
    let summary = try PledgeQuery.run(
      pledge: pledge, workspace: workspace, period: period, asOf: asOf, rule: rule, store: store)
    var ids: [String] = []
    for commitment in pledge.commitments {
      for id in commitment.indicators.map(\.instrument) + commitment.themes.map(\.instrument) where !ids.contains(id) {
        ids.append(id)
      }
    }
    let instruments = ids.compactMap(workspace.instrument)
    var respondents: [String: Int] = [:]
    var comments: [ThemesReport] = []
    if let chosen = summary.period {
      for instrument in instruments {
        respondents[instrument.id] = try store.responseCount(instrument: instrument.id, periods: [chosen])
      }
      var links: [(instrument: Instrument, question: String)] = []
      for link in pledge.commitments.flatMap(\.themes) {
        guard let instrument = workspace.instrument(link.instrument),
          !links.contains(where: { $0.instrument.id == link.instrument && $0.question == link.question })
        else { continue }
        links.append((instrument, link.question))
      }
      for link in links where codesComments {
        comments.append(
          try ThemesQuery.run(
            ThemesQuery.Request(
              instrument: link.instrument, question: link.question, periods: [chosen], rule: rule, quotesPerTheme: 3),
            workspace: workspace, store: store))
      }
    }
    return PledgeEvidence(
      pledge: pledge, summary: summary, instruments: instruments, respondents: respondents, comments: comments)
  }

  /// An instrument's tally (broken down by its first attribute, with trends up to the period) and coded comments.
  ///
  /// The period is `period`, or the latest loaded for the instrument. The comments of the questions in
  /// `comparingThemesOf` are also coded in the period before (the latest loaded one ending before it), for the
  /// foster carers' rising themes; coding is the slow part of a report, so other questions are coded once.
  public static func surveyEvidence(
    instrument: Instrument, workspace: Workspace, period: Period?, asOf: Day, rule: DisclosureRule, store: Store,
    comparingThemesOf questions: [String] = []
  ) throws -> SurveyEvidence {
    let loaded = try store.periods(instrument: instrument.id)
    let chosen = period ?? loaded.last
    let breakdown = instrument.respondent.attributes.first.map { Breakdown.attribute($0.id) } ?? .none
    var accumulator = try TallyAccumulator(instrument: instrument, breakdown: breakdown)
    let wanted = loaded.filter { loadedPeriod in chosen.map { loadedPeriod <= $0 } ?? true }
    try store.forEachResponse(instrument: instrument, periods: wanted.isEmpty ? nil : wanted, includeText: false) {
      response, period in accumulator.add(response, period: period)
    }
    let tally = accumulator.tally(periods: chosen.map { [$0] } ?? [], rule: rule)
    let coded = try ThemesQuery.codedQuestions(of: instrument, question: nil, workspace: workspace)
    var themes = ThemesReport(instrument: instrument.id, periods: chosen.map { [$0] } ?? [], rule: rule, questions: [])
    var overTime: ThemesReport?
    guard !coded.isEmpty, let chosen else {
      return SurveyEvidence(instrument: instrument, tally: tally, themes: themes, period: chosen, asOf: asOf)
    }
    themes = try ThemesQuery.run(
      ThemesQuery.Request(instrument: instrument, periods: [chosen], rule: rule, quotesPerTheme: 3),
      workspace: workspace, store: store)
    let compared = coded.map(\.question.id).filter(questions.contains)
    if let previous = wanted.filter({ $0.end < chosen.start }).max(), !compared.isEmpty {
      var report = ThemesReport(instrument: instrument.id, periods: [previous, chosen], rule: rule, questions: [])
      for question in compared {
        report.questions += try ThemesQuery.run(
          ThemesQuery.Request(
            instrument: instrument, question: question, periods: [previous, chosen], rule: rule, quotesPerTheme: 0),
          workspace: workspace, store: store
        ).questions
      }
      overTime = report
    }
    return SurveyEvidence(
      instrument: instrument, tally: tally, themes: themes, themesOverTime: overTime, period: chosen, asOf: asOf)
  }
}
