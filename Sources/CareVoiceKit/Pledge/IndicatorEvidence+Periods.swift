extension [IndicatorEvidence] {
  /// The counts of every value inside `period` added together (a year adds its quarters); nil when there are none.
  func counts(in period: Period) -> (positive: Int, base: Int)? {
    let inside = filter { period.encloses($0.period) }
    guard !inside.isEmpty else { return nil }
    return (inside.reduce(0) { $0 + $1.positive }, inside.reduce(0) { $0 + $1.base })
  }

  /// The latest period of the same length as `period`, ending before it starts, that holds evidence.
  func previous(before period: Period) -> Period? {
    compactMap { $0.period.end < period.start ? period.peer(enclosing: $0.period) : nil }.max()
  }

  /// Every loaded period that starts no later than `period` ends, oldest first, each once.
  func periods(through period: Period) -> [Period] {
    Set(map(\.period).filter { $0.start <= period.end }).sorted()
  }
}
