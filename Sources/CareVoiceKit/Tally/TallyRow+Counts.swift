extension TallyRow {
  /// The published figures of `counts`, with the hidden ones (per `mask`) and those on a small base left out.
  init(question: Question, counts: QuestionCounts, mask: QuestionDisclosure.RowMask, rule: DisclosureRule) {
    let base = counts.base
    let hidesFigures = mask.base || base == 0 || rule.hidesFigures(onBase: base)
    func share(_ count: Int, hidden: Bool) -> ShareTally {
      let showsFigure = !hidden && !hidesFigures
      return ShareTally(
        count: hidden ? nil : count,
        percent: showsFigure ? Double(count) / Double(base) * 100 : nil,
        ci95: showsFigure ? WilsonInterval(count: count, base: base)?.percent : nil,
        isSuppressed: hidden, isSmall: hidden && rule.suppresses(count))
    }
    let options =
      question.hasOptions
      ? question.options.enumerated().map { position, option in
        OptionTally(
          value: option.value, label: option.label,
          share: share(counts.options[position], hidden: mask.options[position]))
      } : []
    var positive: ShareTally?
    let positivePositions = question.options.indices.filter { question.options[$0].isPositive }
    if question.type == .single || question.type == .scale, !positivePositions.isEmpty {
      positive = share(counts.count(of: positivePositions), hidden: mask.positive)
    }
    var meanScore: Double?
    let scores = counts.scoreTotals(question)
    if question.type != .multiple, scores.base > 0, !mask.meanScore, !hidesFigures {
      meanScore = scores.sum / Double(scores.base)
    }
    var number: NumberTally?
    if question.type == .number {
      let sample = counts.numbers
      let shows = !hidesFigures && sample.count > 0
      number = NumberTally(
        n: mask.base ? nil : sample.count, sum: shows ? sample.sum : nil, mean: shows ? sample.mean : nil,
        median: shows ? sample.median : nil, min: shows ? sample.minimum : nil, max: shows ? sample.maximum : nil)
    }
    self.init(
      base: mask.base ? nil : base, isBaseSmall: mask.base && rule.suppresses(base), figuresHidden: hidesFigures,
      options: options,
      mentions: question.type == .multiple && !mask.mentions ? counts.options.reduce(0, +) : nil,
      positive: positive, meanScore: meanScore, number: number)
  }
}
