extension TrendTally {
  /// The trend of `question` from its period series: each entry the period, its raw counts and its published row.
  init(question: Question, current: Period, previous: Period?, series: [(Period, QuestionCounts, TallyRow)]) {
    let now = series.first { $0.0 == current }
    let before = previous.flatMap { previous in series.first { $0.0 == previous } }
    func change(_ value: String, _ count: (QuestionCounts) -> Int, _ share: (TallyRow) -> ShareTally?) -> ShareChange {
      let percent = now.flatMap { share($0.2)?.percent }
      let earlier = before.flatMap { share($0.2)?.percent }
      guard let percent, let earlier, let now, let before,
        let interval = ProportionChange(
          count: count(now.1), base: now.1.base, previousCount: count(before.1), previousBase: before.1.base)
      else {
        return ShareChange(
          value: value, percent: percent, previous: earlier, change: nil, changeCI95: nil, isSignificant: nil)
      }
      return ShareChange(
        value: value, percent: percent, previous: earlier, change: percent - earlier, changeCI95: interval.points,
        isSignificant: interval.isSignificant)
    }
    let options =
      question.hasOptions
      ? question.options.enumerated().map { position, option in
        change(option.value, { $0.options[position] }, { $0.options[position].share })
      } : []
    var positive: ShareChange?
    let positivePositions = question.options.indices.filter { question.options[$0].isPositive }
    if question.type == .single || question.type == .scale, !positivePositions.isEmpty {
      positive = change("positive", { $0.count(of: positivePositions) }, \.positive)
    }
    self.init(
      period: current, previousPeriod: previous, options: options, positive: positive,
      series: series.map { PeriodTally(period: $0.0, row: $0.2) })
  }
}
