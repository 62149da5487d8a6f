/// A question's tally as report values: whole percentages chosen once, largest remainder where they add to 100.
extension QuestionTally {
  /// Whether the question's options are one answer each, so their percentages add up to 100.
  var optionsAddToHundred: Bool { type == .single || type == .scale }

  /// The positive share, or why there is none.
  var positiveValue: ReportValue { Self.positiveValue(overall) }

  static func positiveValue(_ row: TallyRow) -> ReportValue {
    guard let positive = row.positive else { return .empty }
    if let percent = positive.percent { return .percent(ReportPercent(exact: percent)) }
    return .suppressed(positive.isSmall || row.isBaseSmall ? .small : .hidden)
  }

  /// Each option's percentage of a row: largest remainder when they must add to 100 and all are shown, else rounded each.
  func optionPercents(_ row: TallyRow) -> [ReportValue] {
    let counts = row.options.map(\.share.count)
    if optionsAddToHundred, !row.figuresHidden, let base = row.base, base > 0, counts.allSatisfy({ $0 != nil }) {
      let whole = LargestRemainder.percentages(of: counts.map { $0 ?? 0 })
      return zip(row.options, whole).map { option, whole in
        guard let exact = option.share.percent else { return .suppressed(.small) }
        return .percent(ReportPercent(exact: exact, whole: whole))
      }
    }
    return row.options.map { option in
      guard let exact = option.share.percent else {
        return .suppressed(option.share.isSmall || row.isBaseSmall ? .small : .hidden)
      }
      return .percent(ReportPercent(exact: exact))
    }
  }

  /// An option's count, or the words for why it is hidden.
  static func countValue(_ share: ShareTally) -> ReportValue {
    guard let count = share.count else { return .suppressed(share.isSmall ? .small : .hidden) }
    return .count(count)
  }

  /// A row's base, or "fewer than 6".
  static func baseValue(_ row: TallyRow) -> ReportValue {
    guard let base = row.base else { return .suppressed(row.isBaseSmall ? .small : .hidden) }
    return .count(base)
  }

  /// A share's interval, or empty.
  static func intervalValue(_ share: ShareTally) -> ReportValue {
    share.ci95.map { .interval($0) } ?? .empty
  }

  /// The change in the positive share since the period before, in whole points shown, or empty.
  var positiveChange: ReportValue {
    guard let change = trend?.positive, let now = change.percent, let before = change.previous else { return .empty }
    return .change(
      ReportChange(
        from: ReportPercent(exact: before), to: ReportPercent(exact: now), isSignificant: change.isSignificant))
  }

  /// The positive share in the period before, or empty.
  var previousPositive: ReportValue {
    guard let before = trend?.positive?.previous else { return .empty }
    return .percent(ReportPercent(exact: before))
  }
}
