extension Period {
  /// Whether every day of `other` falls in this period: a financial year encloses its quarters and months.
  func encloses(_ other: Period) -> Bool {
    start <= other.start && other.end <= end
  }

  /// The period of the same length as this one (quarter, year or month) that encloses `other`, if one does.
  ///
  /// A quarter's peer for a month is the quarter holding it; a year has no quarter peer.
  func peer(enclosing other: Period) -> Period? {
    let granularity: Granularity
    switch self {
    case .quarter: granularity = .quarter
    case .financialYear: granularity = .year
    case .month: granularity = .month
    }
    let peer = Period.containing(other.start, granularity: granularity)
    return peer.encloses(other) ? peer : nil
  }
}
