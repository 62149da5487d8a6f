/// Which of a question's figures to hide: every count the rule suppresses, and the partners that protect them.
///
/// It lays out every count a tally publishes for the question as cells of one
/// system of ``AdditiveLine``s — within a row: options add up to the base
/// (`single`, `scale`), to the mentions (`multiple`), positive options to the
/// positive count, and the positive count with the other options to the base;
/// across rows: the groups of a breakdown and the selected periods of the series
/// add up to the overall row, count by count; and skipped with not shown add up
/// to missing — then runs ``SecondarySuppression`` once over all of it, so that
/// a figure hidden in one place is never given away by another.
struct QuestionDisclosure {
  /// Hidden flags of one row's figures.
  struct RowMask: Sendable, Hashable {
    var base = false
    var options: [Bool] = []
    var positive = false
    var mentions = false
    var meanScore = false
  }

  var overall = RowMask()
  var groups: [RowMask] = []
  var series: [RowMask] = []
  var missing = false
  var skipped = false
  var notShown = false

  /// The masks for `question`'s overall row, attribute groups (nil when grouped by period) and period series.
  ///
  /// `selected` gives the positions in `series` of the selected periods, which
  /// partition the overall row; with `groupsArePeriods` the breakdown groups are
  /// those same series rows.
  init(
    question: Question, overall: QuestionCounts, groups: [QuestionCounts], series: [QuestionCounts],
    selected: [Int], groupsArePeriods: Bool, rule: DisclosureRule
  ) {
    var system = LineSystem(question: question)
    let main = system.addRow(overall, isOverall: true)
    let missingCell = system.cell(overall.missing, preference: 1)
    let skippedCell = system.cell(overall.skipped, preference: 0)
    let notShownCell = system.cell(overall.notShown, preference: 0)
    system.lines.append(AdditiveLine(total: missingCell, parts: [skippedCell, notShownCell]))
    system.implications.append((main.base, missingCell))
    let groupCells = groups.map { system.addRow($0, isOverall: false) }
    let seriesCells = series.map { system.addRow($0, isOverall: false) }
    if !groupCells.isEmpty { system.link(main, to: groupCells) }
    system.link(main, to: selected.map { seriesCells[$0] })

    let hidden = SecondarySuppression.hidden(
      counts: system.counts, lines: system.lines, rule: rule, preference: system.preference,
      implications: system.implications)
    func mask(_ row: LineSystem.RowCells) -> RowMask {
      RowMask(
        base: hidden[row.base], options: row.options.map { hidden[$0] },
        positive: row.positive.map { hidden[$0] } ?? false, mentions: row.mentions.map { hidden[$0] } ?? true)
    }
    self.overall = mask(main)
    self.groups = groupCells.map(mask)
    self.series = seriesCells.map(mask)
    missing = hidden[missingCell]
    skipped = hidden[skippedCell]
    notShown = hidden[notShownCell]
    hideMeanScores(
      question: question, overall: overall, groups: groups, series: series, selected: selected, rule: rule)
    if groupsArePeriods { self.groups = selected.map { self.series[$0] } }
  }

  /// Hides mean scores where a count of the row is hidden, and partners so that no hidden mean follows from the others.
  ///
  /// A mean score is a second sum over the row's counts; published beside the
  /// count sum it could resolve two hidden cells, so it needs a row with none.
  private mutating func hideMeanScores(
    question: Question, overall: QuestionCounts, groups: [QuestionCounts], series: [QuestionCounts],
    selected: [Int], rule: DisclosureRule
  ) {
    guard question.type == .single || question.type == .scale, question.options.contains(where: { $0.score != nil })
    else { return }
    func needsHiding(_ mask: RowMask, _ counts: QuestionCounts) -> Bool {
      mask.base || mask.options.contains(true) || rule.hidesFigures(onBase: counts.base)
    }
    let rows = [overall] + groups + series
    let masks = [self.overall] + self.groups + self.series
    let scored = rows.map { $0.scoreTotals(question).base }
    let primary = zip(masks, rows).enumerated().map { index, pair in
      scored[index] > 0 && needsHiding(pair.0, pair.1)
    }
    var lines: [AdditiveLine] = []
    if !groups.isEmpty { lines.append(AdditiveLine(total: 0, parts: Array(1...groups.count))) }
    if !selected.isEmpty { lines.append(AdditiveLine(total: 0, parts: selected.map { 1 + groups.count + $0 })) }
    let hidden = SecondarySuppression.hidden(counts: scored, primary: primary, lines: lines)
    self.overall.meanScore = hidden[0]
    for index in self.groups.indices { self.groups[index].meanScore = hidden[1 + index] }
    for index in self.series.indices { self.series[index].meanScore = hidden[1 + groups.count + index] }
  }
}

/// The cells and lines of one question's suppression problem, built row by row.
struct LineSystem {
  /// Where one row's figures sit among the cells.
  struct RowCells {
    var base: Int
    var options: [Int]
    var positive: Int?
    var mentions: Int?
  }

  let question: Question
  let positivePositions: [Int]
  var counts: [Int] = []
  var preference: [Int] = []
  var lines: [AdditiveLine] = []
  var implications: [(Int, Int)] = []

  init(question: Question) {
    self.question = question
    positivePositions =
      question.type == .single || question.type == .scale
      ? question.options.indices.filter { question.options[$0].isPositive } : []
  }

  /// Adds a cell holding `count`; `preference` 0 for options, 1 for other totals, 2 for bases.
  mutating func cell(_ count: Int, preference: Int) -> Int {
    counts.append(count)
    self.preference.append(preference)
    return counts.count - 1
  }

  /// Adds a row's base, options and positive count (and, overall, mentions) with the lines inside the row.
  mutating func addRow(_ row: QuestionCounts, isOverall: Bool) -> RowCells {
    let base = cell(row.base, preference: 2)
    let options = row.options.map { cell($0, preference: 0) }
    var cells = RowCells(base: base, options: options)
    switch question.type {
    case .single, .scale:
      lines.append(AdditiveLine(total: base, parts: options))
      guard !positivePositions.isEmpty else { break }
      let positive = cell(row.count(of: positivePositions), preference: 1)
      let others = options.indices.filter { !positivePositions.contains($0) }.map { options[$0] }
      lines.append(AdditiveLine(total: positive, parts: positivePositions.map { options[$0] }))
      lines.append(AdditiveLine(total: base, parts: [positive] + others))
      cells.positive = positive
    case .multiple where isOverall:
      let mentions = cell(row.options.reduce(0, +), preference: 1)
      lines.append(AdditiveLine(total: mentions, parts: options))
      cells.mentions = mentions
    default:
      break
    }
    return cells
  }

  /// Adds the lines saying that `parts` (groups or periods) add up to `whole`, figure by figure.
  mutating func link(_ whole: RowCells, to parts: [RowCells]) {
    guard !parts.isEmpty else { return }
    lines.append(AdditiveLine(total: whole.base, parts: parts.map(\.base)))
    for position in whole.options.indices {
      lines.append(AdditiveLine(total: whole.options[position], parts: parts.map { $0.options[position] }))
    }
    if let positive = whole.positive {
      lines.append(AdditiveLine(total: positive, parts: parts.compactMap(\.positive)))
    }
  }
}
