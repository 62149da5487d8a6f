/// An indicator's figures as report values, decided once for every audience and format.
extension IndicatorSummary {
  /// The positive share, rounded once.
  var resultPercent: ReportPercent? { value.map { ReportPercent(exact: $0) } }

  /// The share in the period before, rounded once.
  var previousPercent: ReportPercent? { previous.map { ReportPercent(exact: $0) } }

  /// The share, or why there is none: "fewer than 6" on a small base, "hidden" when it would give a small count
  /// away, "not enough answers" under the Pledge's minimum.
  var resultValue: ReportValue {
    if let resultPercent { return .percent(resultPercent) }
    if isSuppressed { return .suppressed(.hidden) }
    guard let base else { return .suppressed(.small) }
    return .text(base == 0 ? "no answers" : "not enough answers")
  }

  /// Who answered: the count, or "fewer than 6".
  var baseValue: ReportValue {
    guard let base else { return .suppressed(.small) }
    return .count(base)
  }

  /// The change since the period before, in the whole points people see; empty when either share is not shown.
  var changeValue: ReportValue {
    guard let now = resultPercent, let before = previousPercent else { return .empty }
    return .change(ReportChange(from: before, to: now, isSignificant: isSignificant))
  }

  /// The share in the period before, or empty.
  var previousValue: ReportValue {
    previousPercent.map { .percent($0) } ?? .empty
  }

  /// One period's share for a trend: the share, "fewer than 6" on a small base, "hidden", or nothing to draw.
  static func pointValue(_ point: Point) -> ReportValue {
    if let value = point.value { return .percent(ReportPercent(exact: value)) }
    if point.isSuppressed { return .suppressed(.hidden) }
    return point.base == nil ? .suppressed(.small) : .text("not enough answers")
  }
}
