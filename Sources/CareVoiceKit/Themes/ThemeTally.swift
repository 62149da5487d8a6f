import Foundation

/// The raw counts of a question's coded comments, before any suppression: for the whole, each period and each group.
///
/// Everything is counted in respondents: one respondent's several comments on
/// the question count once, with their mentions added up. ``QuestionCoding``
/// makes it, one respondent at a time.
struct ThemeTally: Sendable {
  /// The counts of one scope: the whole question, a period or a group.
  struct Counts: Sendable, Hashable {
    var answered = 0
    var coded = 0
    var respondents: [Int]
    var mentions: [Int]
    var negated: [Int]

    init(themeCount: Int) {
      respondents = Array(repeating: 0, count: themeCount)
      mentions = respondents
      negated = respondents
    }

    var uncoded: Int { answered - coded }

    /// Counts one respondent with these hits.
    mutating func add(_ hits: ArraySlice<ThemeHit>, isCoded: Bool) {
      answered += 1
      if isCoded { coded += 1 }
      for hit in hits {
        if hit.isCounted {
          respondents[hit.theme] += 1
          mentions[hit.theme] += hit.mentions
        }
        if hit.isNegated { negated[hit.theme] += 1 }
      }
    }

    /// Adds counts made from other respondents.
    mutating func add(_ other: Counts) {
      answered += other.answered
      coded += other.coded
      for theme in respondents.indices {
        respondents[theme] += other.respondents[theme]
        mentions[theme] += other.mentions[theme]
        negated[theme] += other.negated[theme]
      }
    }
  }

  var total: Counts
  var periods: [Period]
  var byPeriod: [Counts]
  /// The groups in order, numbers by value ("8-12" before "13-15"), with `nil` (no value) last.
  var groups: [String?]
  var byGroup: [Counts]
  /// Respondents mentioning both themes of a pair, keyed `first * themeCount + second` with `first < second`.
  var pairs: [Int: Int]

  /// Counts of periods and groups as they were first seen, put in their reading order.
  init(
    total: Counts, periods: [(Period, Counts)], groups: [(String?, Counts)], pairs: [Int: Int]
  ) {
    self.total = total
    let periods = periods.sorted { $0.0 < $1.0 }
    self.periods = periods.map(\.0)
    byPeriod = periods.map(\.1)
    let groups = groups.sorted { Self.groupPrecedes($0.0, $1.0) }
    self.groups = groups.map(\.0)
    byGroup = groups.map(\.1)
    self.pairs = pairs
  }

  /// Numbers by value ("8-12" before "13-15"), no value last; values equal as numbers ("08", "8") by spelling.
  static func groupPrecedes(_ first: String?, _ second: String?) -> Bool {
    switch (first, second) {
    case (let first?, let second?):
      switch first.compare(second, options: .numeric) {
      case .orderedAscending: return true
      case .orderedDescending: return false
      case .orderedSame: return first < second
      }
    case (.some, nil): return true
    default: return false
    }
  }
}
