import Foundation

/// The raw counts of a question's coded comments, before any suppression: for the whole, each period and each group.
///
/// Everything is counted in respondents: one respondent's several comments on
/// the question (the same key twice) count once, with their mentions added up.
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

    mutating func add(_ hits: [ThemeHit], isCoded: Bool) {
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
  }

  var total: Counts
  var periods: [Period]
  var byPeriod: [Counts]
  /// The groups in order, numbers by value ("8-12" before "13-15"), with `nil` (no value) last.
  var groups: [String?]
  var byGroup: [Counts]
  /// Respondents mentioning both themes of a pair, keyed `first * themeCount + second` with `first < second`.
  var pairs: [Int: Int] = [:]
  /// For each theme, how often each phrase counted for it (keyed by ``Mention/phraseKey``).
  var phraseCounts: [[Int: Int]]
  /// For each theme, the comments that count for it, by position (in no particular order).
  var commentsByTheme: [[Int]]
  /// The answered comments no theme matched, by position (in no particular order).
  var uncoded: [Int] = []

  init(_ comments: [CodedComment], themes: [Theme], hierarchy: ThemeHierarchy) {
    let themeCount = themes.count
    var periodValues: Set<Period> = []
    var groupValues: Set<String?> = []
    for index in comments.indices {
      periodValues.insert(comments[index].comment.period)
      groupValues.insert(comments[index].comment.group)
    }
    periods = periodValues.sorted()
    groups =
      groupValues.compactMap { $0 }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
      + (groupValues.contains(nil) ? [nil] : [])
    total = Counts(themeCount: themeCount)
    byPeriod = Array(repeating: total, count: periods.count)
    byGroup = Array(repeating: total, count: groups.count)
    phraseCounts = Array(repeating: [:], count: themeCount)
    commentsByTheme = Array(repeating: [], count: themeCount)
    let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
    let groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })

    /// A comment's hits, noting it for quotes, phrase counts and the uncoded list on the way.
    func hits(of index: Int) -> [ThemeHit] {
      let mentions = comments[index].mentions
      guard !mentions.isEmpty else {
        uncoded.append(index)
        return []
      }
      let hits = ThemeHit.hits(of: mentions, themes: themes, hierarchy: hierarchy)
      for hit in hits where hit.isCounted { commentsByTheme[hit.theme].append(index) }
      for mention in mentions where ThemeHit.counts(mention, under: themes[mention.themeIndex].negated) {
        for theme in hierarchy.lineage(of: mention.themeIndex) {
          phraseCounts[theme][mention.phraseKey, default: 0] += 1
        }
      }
      return hits
    }

    let (firsts, next) = Self.chainsByRespondent(comments)
    for first in firsts {
      if next[first] < 0 {
        guard comments[first].isAnswered else { continue }
        let hits = hits(of: first)
        let isCoded = comments[first].isCoded
        total.add(hits, isCoded: isCoded)
        addPairs(hits, themeCount: themeCount, hierarchy: hierarchy)
        byPeriod[periodIndex[comments[first].comment.period] ?? 0].add(hits, isCoded: isCoded)
        byGroup[groupIndex[comments[first].comment.group] ?? 0].add(hits, isCoded: isCoded)
        continue
      }
      var answered: [Int] = []
      var index = first
      while index >= 0 {
        if comments[index].isAnswered { answered.append(index) }
        index = next[index]
      }
      guard !answered.isEmpty else { continue }
      let hitsOfComment = Dictionary(uniqueKeysWithValues: answered.map { ($0, hits(of: $0)) })
      func add(_ members: [Int], to counts: inout Counts) -> [ThemeHit] {
        let hits = ThemeHit.merged(members.map { hitsOfComment[$0] ?? [] })
        counts.add(hits, isCoded: members.contains { comments[$0].isCoded })
        return hits
      }
      addPairs(add(answered, to: &total), themeCount: themeCount, hierarchy: hierarchy)
      for (scope, members) in Dictionary(grouping: answered, by: { periodIndex[comments[$0].comment.period] ?? 0 }) {
        _ = add(members, to: &byPeriod[scope])
      }
      for (scope, members) in Dictionary(grouping: answered, by: { groupIndex[comments[$0].comment.group] ?? 0 }) {
        _ = add(members, to: &byGroup[scope])
      }
    }
  }

  private mutating func addPairs(_ hits: [ThemeHit], themeCount: Int, hierarchy: ThemeHierarchy) {
    let counted = hits.filter(\.isCounted).map(\.theme)
    guard counted.count > 1 else { return }
    for (offset, first) in counted.enumerated() {
      for second in counted[(offset + 1)...] where !hierarchy.isRelated(first, second) {
        pairs[first * themeCount + second, default: 0] += 1
      }
    }
  }

  /// Each respondent's first comment, in order, and for every comment the next one by the same respondent (or -1).
  private static func chainsByRespondent(_ comments: [CodedComment]) -> (firsts: [Int], next: [Int]) {
    var last: [String: Int] = [:]
    last.reserveCapacity(comments.count)
    var firsts: [Int] = []
    var next = [Int](repeating: -1, count: comments.count)
    for index in comments.indices {
      if let previous = last.updateValue(index, forKey: comments[index].comment.respondent) {
        next[previous] = index
      } else {
        firsts.append(index)
      }
    }
    return (firsts, next)
  }
}
