/// The words and cells that the human-facing tally formats (terminal table, Markdown) share.
///
/// Counts under the minimum read "fewer than 6", counts hidden to protect them
/// "hidden", percentages are whole numbers (largest remainder where options add
/// up to the base), and a base under 30 is flagged.
struct TallyReadout {
  let tally: InstrumentTally
  let text: FigureText

  init(_ tally: InstrumentTally) {
    self.tally = tally
    text = FigureText(rule: DisclosureRule(minimumCell: tally.minimumCell))
  }

  /// `Periods: 2025-26 Q2 (compared with 2025-26 Q1) · Respondents: 30`.
  var heading: String {
    let periods = tally.periods.map(\.description).joined(separator: ", ")
    let previous = tally.previousPeriod.map { " (compared with \($0))" } ?? ""
    return "Periods: \(periods.isEmpty ? "none" : periods)\(previous) · Respondents: \(tally.respondents)"
  }

  /// `Do you feel safe where you live? (feel_safe, single)`.
  func title(_ question: QuestionTally) -> String { "\(question.text) (\(question.id), \(question.type.rawValue))" }

  /// `Base: 25 answered · missing 1 (skipped 0, not shown fewer than 6) · small base`.
  func baseLine(_ question: QuestionTally) -> String {
    let base = text.count(question.overall.base, isSmall: question.overall.isBaseSmall)
    let missing = text.count(question.missing, isSmall: question.smallCounts.contains(.missing))
    let skipped = text.count(question.skipped, isSmall: question.smallCounts.contains(.skipped))
    let notShown = text.count(question.notShown, isSmall: question.smallCounts.contains(.notShown))
    var line = "Base: \(base) answered · missing \(missing) (skipped \(skipped), not shown \(notShown))"
    if let flag = text.baseFlag(question.overall.base) { line += " · \(flag)" }
    if question.overall.figuresHidden && question.overall.base != 0 {
      line += " · percentages not shown on a base under \(tally.minimumCell)"
    }
    if question.type == .multiple {
      line += " · respondents could choose more than one, so percentages can add up to more than 100%"
    }
    return line
  }

  /// Whole percentages for the row's options: largest remainder when they must add up to 100, else each rounded.
  func wholePercents(_ row: TallyRow, type: Question.Kind) -> [String] {
    let counts = row.options.map(\.share.count)
    if type != .multiple, !row.figuresHidden, let base = row.base, base > 0, counts.allSatisfy({ $0 != nil }) {
      let whole = LargestRemainder.percentages(of: counts.map { $0 ?? 0 })
      return zip(whole, row.options).map { text.percent($0, exact: $1.share.percent ?? 0) }
    }
    return row.options.map { text.percent($0.share.percent) }
  }

  /// Cells for each option, then the positive share and the mean score: label, count, %, 95% CI.
  func optionCells(_ row: TallyRow, type: Question.Kind) -> [[String]] {
    var cells = zip(row.options, wholePercents(row, type: type)).map { option, percent in
      [
        option.label, text.count(option.share.count, isSmall: option.share.isSmall), percent,
        text.interval(option.share.ci95),
      ]
    }
    if let positive = row.positive {
      cells.append([
        "Positive answers", text.count(positive.count, isSmall: positive.isSmall), text.percent(positive.percent),
        text.interval(positive.ci95),
      ])
    }
    if let mean = row.meanScore { cells.append(["Mean score", "", Self.decimal(mean), ""]) }
    return cells
  }

  /// The change cell for an option or the positive share: `+27.3 pts, significant`, or "".
  func changeCell(_ change: ShareChange?) -> String {
    guard let change, let points = change.change else { return "" }
    let tenths = Int((abs(points) * 10).rounded())
    let sign = tenths == 0 ? "±" : points > 0 ? "+" : "−"
    let significance = change.isSignificant == true ? ", significant" : ""
    return "\(sign)\(tenths / 10).\(tenths % 10) pts\(significance)"
  }

  /// The change column's heading: `Change since 2025-26 Q1`, or with several periods selected,
  /// `2025-26 Q2 against 2025-26 Q1`, since the other columns then cover them all.
  func changeHeading(_ trend: TrendTally) -> String? {
    guard let previous = trend.previousPeriod else { return nil }
    return tally.periods.count > 1 ? "\(trend.period) against \(previous)" : "Change since \(previous)"
  }

  /// `n 25 · mean 2.3 · median 2 · min 1 · max 6 · sum 57.5`, or why not.
  func numberLine(_ row: TallyRow) -> String {
    guard let number = row.number, let mean = number.mean, let median = number.median else {
      return row.base == 0 ? "No answers." : "Figures not shown on a base under \(tally.minimumCell)."
    }
    let parts = [
      "n \(text.count(number.n))", "mean \(Self.decimal(mean))", "median \(Self.decimal(median))",
      "min \(Self.decimal(number.min ?? 0))", "max \(Self.decimal(number.max ?? 0))",
      "sum \(Self.decimal(number.sum ?? 0))",
    ]
    return parts.joined(separator: " · ")
  }

  /// The breakdown's label: the attribute's, or `Period`.
  var groupHeading: String {
    tally.breakdown == "period" ? "Period" : (tally.breakdown ?? "Group")
  }

  /// One line per theme: `safety: 72% positive (feel_safe, settled)`.
  var themeLines: [String] {
    tally.themes.map { theme in
      let score =
        theme.isSuppressed ? "hidden" : theme.meanPositivePercent.map { text.percent($0) + " positive" } ?? "no answers"
      return "\(theme.theme): \(score) (\(theme.questions.joined(separator: ", ")))"
    }
  }

  /// A number with at most `places` decimals, trailing zeros dropped: `2.3`, `2`.
  static func decimal(_ value: Double, places: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    var result = String(rounded)
    while result.hasSuffix("0") { result.removeLast() }
    return result
  }
}
