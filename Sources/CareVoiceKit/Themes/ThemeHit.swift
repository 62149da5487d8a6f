/// What one comment (or one respondent's comments) says about one theme, its children's mentions included.
struct ThemeHit: Sendable, Hashable {
  var theme: Int
  /// Mentions that count for the theme: not negated, or any for a `negated: include` theme.
  ///
  /// Mentions of a theme and of its child over the same words count once.
  var mentions: Int
  /// Whether a negated mention was counted apart (a `negated: apart` theme only).
  var isNegated: Bool

  /// Whether the comment counts towards the theme's respondents.
  var isCounted: Bool { mentions > 0 }

  /// Whether a mention counts for a theme under its negation setting.
  static func counts(_ mention: Mention, under negation: Theme.Negation) -> Bool {
    !mention.isNegated || negation == .include
  }

  /// The hits of a comment's mentions on every theme they reach through the hierarchy, by theme position.
  static func hits(of mentions: [Mention], themes: [Theme], hierarchy: ThemeHierarchy) -> [ThemeHit] {
    guard !mentions.isEmpty else { return [] }
    var reached: [(theme: Int, mention: Int)] = []
    for (index, mention) in mentions.enumerated() {
      for theme in hierarchy.lineage(of: mention.themeIndex) { reached.append((theme, index)) }
    }
    reached.sort {
      ($0.theme, mentions[$0.mention].range.lowerBound) < ($1.theme, mentions[$1.mention].range.lowerBound)
    }
    var hits: [ThemeHit] = []
    var reachedEnd = -1
    for (themeIndex, mentionIndex) in reached {
      let mention = mentions[mentionIndex]
      if hits.last?.theme != themeIndex {
        hits.append(ThemeHit(theme: themeIndex, mentions: 0, isNegated: false))
        reachedEnd = -1
      }
      if counts(mention, under: themes[themeIndex].negated) {
        if mention.range.lowerBound >= reachedEnd { hits[hits.count - 1].mentions += 1 }
        reachedEnd = max(reachedEnd, mention.range.upperBound)
      } else {
        hits[hits.count - 1].isNegated = true
      }
    }
    return hits
  }

  /// The hits of one respondent's several comments, merged theme by theme.
  static func merged(_ lists: [[ThemeHit]]) -> [ThemeHit] {
    var merged: [Int: ThemeHit] = [:]
    for hit in lists.joined() {
      if var existing = merged[hit.theme] {
        existing.mentions += hit.mentions
        existing.isNegated = existing.isNegated || hit.isNegated
        merged[hit.theme] = existing
      } else {
        merged[hit.theme] = hit
      }
    }
    return merged.values.sorted { $0.theme < $1.theme }
  }
}
