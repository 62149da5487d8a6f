/// The pledge-tracking summary from what is stored: every indicator's evidence and every linked theme, evaluated.
public enum PledgeQuery {
  /// Reads the evidence for a Pledge from the store and evaluates it for a period, as of a day.
  ///
  /// Every instrument an indicator names is read once; each linked theme is coded from
  /// its question's comments with no disclosure rule applied, because the Pledge stage
  /// hides small figures itself.
  public static func run(
    pledge: Pledge, workspace: Workspace, period: Period?, asOf: Day, rule: DisclosureRule, store: Store
  ) throws -> PledgeSummary {
    let measures = pledge.commitments.flatMap(\.indicators).map(\.measure)
    var evidence: [IndicatorMeasure: [IndicatorEvidence]] = [:]
    for id in Set(measures.map(\.instrument)).sorted() {
      guard let instrument = workspace.instrument(id) else { continue }
      var counter = EvidenceCounter(instrument: instrument, measures: measures)
      try store.forEachResponse(instrument: instrument) { response, period in counter.add(response, period: period) }
      evidence.merge(counter.evidence) { $1 }
    }
    // Links to one question share one coding of its comments: coding is the slow part.
    var themes: [ThemeLink: [ThemeEvidence]] = [:]
    let links = Dictionary(grouping: Set(pledge.commitments.flatMap(\.themes))) { [$0.instrument, $0.question] }
    for group in links.values {
      guard let first = group.first, let instrument = workspace.instrument(first.instrument) else { continue }
      let report = try ThemesQuery.run(
        ThemesQuery.Request(instrument: instrument, question: first.question, rule: .off, quotesPerTheme: 0),
        workspace: workspace, store: store)
      for link in group { themes[link] = themeEvidence(for: link, in: report) }
    }
    return PledgeSummary.evaluate(
      pledge: pledge, evidence: evidence, themes: themes, period: period, asOf: asOf, disclosure: rule)
  }

  private static func themeEvidence(for link: ThemeLink, in report: ThemesReport) -> [ThemeEvidence] {
    guard let question = report.questions.first,
      let label = question.themes.first(where: { $0.id == link.theme })?.label
    else { return [] }
    return question.byPeriod.compactMap { slice in
      guard case .period(let period) = slice.key, let figure = slice.themes.first(where: { $0.id == link.theme })
      else { return nil }
      return ThemeEvidence(
        period: period, label: label, respondents: figure.respondents ?? 0, answered: slice.answered ?? 0)
    }
  }
}
