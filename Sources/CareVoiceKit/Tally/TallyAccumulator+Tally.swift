extension TallyAccumulator {
  /// The tally of the responses added for `periods` (every added period when nil), with `rule` applied.
  ///
  /// Trends compare the latest selected period with the latest earlier period
  /// that has responses; the series holds every added period.
  public func tally(periods selection: [Period]? = nil, rule: DisclosureRule = .standard) -> InstrumentTally {
    let ordered = periodSlots.indices.sorted { periodSlots[$0] < periodSlots[$1] }
    let seriesPeriods = ordered.map { periodSlots[$0] }
    let chosen = Array(Set(selection ?? seriesPeriods)).sorted()
    let selected = seriesPeriods.indices.filter { chosen.contains(seriesPeriods[$0]) }
    let selectedSlots = selected.map { ordered[$0] }
    let current = chosen.last
    let previous = current.flatMap { current in seriesPeriods.last { $0 < current } }
    let scope = TallyScope(
      ordered: ordered, seriesPeriods: seriesPeriods, selected: selected, selectedSlots: selectedSlots,
      current: current, previous: previous, rule: rule,
      groups: groupsShown(selectedSlots: selectedSlots))
    let questions = instrument.questions.indices.map { questionTally($0, scope: scope) }
    let respondents = blocks(slots: selectedSlots).reduce(0) { $0 + counts[$1 * layout.width] }
    return InstrumentTally(
      instrument: instrument.id, periods: chosen, previousPeriod: previous, respondents: respondents,
      minimumCell: rule.minimumCell, breakdown: breakdown.name, questions: questions,
      themes: ThemeScore.scores(of: questions))
  }

  /// The attribute groups to show: every declared value, and "not stated" when some response lacks a value.
  private func groupsShown(selectedSlots: [Int]) -> [(group: Int, value: String, label: String)] {
    guard let attributeIndex else { return [] }
    let values = instrument.respondent.attributes[attributeIndex].values
    var shown = values.enumerated().map { (group: $0.offset, value: $0.element.value, label: $0.element.label) }
    let notStated = groupCount - 1
    let unstated = blocks(slots: selectedSlots, group: notStated).reduce(0) { $0 + counts[$1 * layout.width] }
    if unstated > 0 { shown.append((notStated, "not stated", "Not stated")) }
    return shown
  }

  private func questionTally(_ index: Int, scope: TallyScope) -> QuestionTally {
    let question = instrument.questions[index]
    let overall = counts(ofQuestion: index, blocks: blocks(slots: scope.selectedSlots))
    let groups = scope.groups.map {
      counts(ofQuestion: index, blocks: blocks(slots: scope.selectedSlots, group: $0.group))
    }
    let series = scope.ordered.map { counts(ofQuestion: index, blocks: blocks(slots: [$0])) }
    let masks = QuestionDisclosure(
      question: question, overall: overall, groups: groups, series: series, selected: scope.selected,
      groupsArePeriods: breakdown == .period, rule: scope.rule)
    let rule = scope.rule
    let overallRow = TallyRow(question: question, counts: overall, mask: masks.overall, rule: rule)
    let seriesRows = zip(series, masks.series).map { TallyRow(question: question, counts: $0, mask: $1, rule: rule) }
    var breakdownRows: [GroupTally]?
    switch breakdown {
    case .none: breakdownRows = nil
    case .attribute:
      breakdownRows = zip(scope.groups, zip(groups, masks.groups)).map { group, pair in
        GroupTally(
          group: group.value, label: group.label,
          row: TallyRow(question: question, counts: pair.0, mask: pair.1, rule: rule))
      }
    case .period:
      breakdownRows = scope.selected.map { position in
        let label = scope.seriesPeriods[position].description
        return GroupTally(group: label, label: label, row: seriesRows[position])
      }
    }
    let trend = scope.current.map { current in
      TrendTally(
        question: question, current: current, previous: scope.previous,
        series: zip(scope.seriesPeriods, zip(series, seriesRows)).map { ($0, $1.0, $1.1) })
    }
    return QuestionTally(
      id: question.id, type: question.type, text: question.text, theme: question.theme, overall: overallRow,
      missing: masks.missing ? nil : overall.missing, skipped: masks.skipped ? nil : overall.skipped,
      notShown: masks.notShown ? nil : overall.notShown,
      smallCounts: SmallCounts(overall: overall, masks: masks, rule: rule),
      isScored: question.hasOptions && question.type != .multiple && question.options.contains { $0.score != nil },
      breakdown: breakdownRows, trend: trend)
  }
}

/// What one tally covers: the periods in order, which are selected, and the groups shown.
struct TallyScope {
  /// Period slots in period order.
  var ordered: [Int]
  /// Every added period, earliest first (the series).
  var seriesPeriods: [Period]
  /// Positions in the series of the selected periods that have responses.
  var selected: [Int]
  var selectedSlots: [Int]
  var current: Period?
  var previous: Period?
  var rule: DisclosureRule
  var groups: [(group: Int, value: String, label: String)]
}

extension SmallCounts {
  /// The hidden respondent counts of `overall` that are themselves under the minimum.
  init(overall: QuestionCounts, masks: QuestionDisclosure, rule: DisclosureRule) {
    self = []
    if masks.missing && rule.suppresses(overall.missing) { insert(.missing) }
    if masks.skipped && rule.suppresses(overall.skipped) { insert(.skipped) }
    if masks.notShown && rule.suppresses(overall.notShown) { insert(.notShown) }
  }
}
