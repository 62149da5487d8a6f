extension QuestionCoding {
  /// Per-theme working space for turning a comment's mentions into hits without allocating.
  struct HitScratch: Sendable {
    var mentions: [Int]
    var reachedEnd: [Int]
    var isNegated: [Bool]
    var isTouched: [Bool]
    var touched: [Int] = []

    init(themeCount: Int) {
      mentions = Array(repeating: 0, count: themeCount)
      reachedEnd = mentions
      isNegated = Array(repeating: false, count: themeCount)
      isTouched = isNegated
    }
  }

  /// Starts the comments of another respondent, counting the one before.
  mutating func beginRespondent() {
    guard !pending.isEmpty else { return }
    if pending.count == 1 {
      let comment = pending[0]
      let hits = pendingHits[comment.hits]
      total.add(hits, isCoded: comment.isCoded)
      byPeriod[comment.period]?.add(hits, isCoded: comment.isCoded)
      byGroup[comment.group]?.add(hits, isCoded: comment.isCoded)
      addPairs(hits)
    } else {
      countSeveral()
    }
    pending.removeAll(keepingCapacity: true)
    pendingHits.removeAll(keepingCapacity: true)
  }

  /// One respondent's several comments: their hits merged theme by theme, in the whole and in each period and group.
  private mutating func countSeveral() {
    func merged(_ comments: [PendingComment]) -> ArraySlice<ThemeHit> {
      ArraySlice(ThemeHit.merged(comments.map { Array(pendingHits[$0.hits]) }))
    }
    let all = merged(pending)
    total.add(all, isCoded: pending.contains(where: \.isCoded))
    addPairs(all)
    for (period, comments) in Dictionary(grouping: pending, by: \.period) {
      byPeriod[period]?.add(merged(comments), isCoded: comments.contains(where: \.isCoded))
    }
    for (group, comments) in Dictionary(grouping: pending, by: \.group) {
      byGroup[group]?.add(merged(comments), isCoded: comments.contains(where: \.isCoded))
    }
  }

  private mutating func addPairs(_ hits: ArraySlice<ThemeHit>) {
    var firstIndex = hits.startIndex
    while firstIndex < hits.endIndex {
      let first = hits[firstIndex]
      firstIndex += 1
      guard first.isCounted else { continue }
      for second in hits[firstIndex...]
      where second.isCounted && !tables.matcher.hierarchy.isRelated(first.theme, second.theme) {
        pairCounts[first.theme * themeCount + second.theme] += 1
      }
    }
  }

  /// Appends a comment's hits, in theme order, to ``pendingHits``: what ``ThemeHit/hits(of:themes:hierarchy:)`` gives.
  ///
  /// Mentions come in text order, so each theme sees its mentions by start.
  mutating func appendHits(of mentions: [CodedMention]) {
    for mention in mentions {
      for theme in tables.lineages[mention.theme] {
        if !hitScratch.isTouched[theme] {
          hitScratch.isTouched[theme] = true
          hitScratch.touched.append(theme)
          hitScratch.mentions[theme] = 0
          hitScratch.reachedEnd[theme] = -1
          hitScratch.isNegated[theme] = false
        }
        if !mention.isNegated || tables.negations[theme] == .include {
          if mention.range.lowerBound >= hitScratch.reachedEnd[theme] { hitScratch.mentions[theme] += 1 }
          hitScratch.reachedEnd[theme] = max(hitScratch.reachedEnd[theme], mention.range.upperBound)
        } else {
          hitScratch.isNegated[theme] = true
        }
      }
    }
    if hitScratch.touched.count > 1 { hitScratch.touched.sort() }
    for theme in hitScratch.touched {
      pendingHits.append(
        ThemeHit(theme: theme, mentions: hitScratch.mentions[theme], isNegated: hitScratch.isNegated[theme]))
      hitScratch.isTouched[theme] = false
    }
    hitScratch.touched.removeAll(keepingCapacity: true)
  }
}
