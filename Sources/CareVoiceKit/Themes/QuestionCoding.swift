/// The running figures of one question's comments, folded in one comment at a time so that no comment is kept.
///
/// Feed it respondent by respondent: ``beginRespondent()``, then each of that
/// respondent's comments with ``add(_:period:group:)``. Periods and groups are
/// numbers the caller hands out (``finish(question:periods:groups:)`` gets their
/// names). What it keeps grows with the codebook, the periods and the groups,
/// never with the number of comments: counts, phrase counts, word-count
/// histograms, bounded ``QuoteCandidates`` and ``EmergingPhraseCounts`` (and,
/// only when `--uncoded` asks for them, the ``UncodedComments``). Two codings of
/// different respondents ``merge(_:)`` into the coding of them all, whatever the split.
struct QuestionCoding: Sendable {
  /// What stays the same while comments are read: shared, never copied per comment.
  final class Tables: Sendable {
    let matcher: CodebookMatcher
    let compiled: CompiledCodebook
    let lineages: [[Int]]
    let negations: [Theme.Negation]
    /// Phrase `p` of theme `t` is phrase number `phraseOffsets[t] + p` of the question.
    let phraseOffsets: [Int]

    init(matcher: CodebookMatcher) {
      self.matcher = matcher
      compiled = matcher.compiled
      let themes = matcher.codebook.themes
      lineages = themes.indices.map { matcher.hierarchy.lineage(of: $0) }
      negations = themes.map(\.negated)
      var offsets: [Int] = []
      var next = 0
      for theme in themes {
        offsets.append(next)
        next += theme.match.count
      }
      phraseOffsets = offsets
    }
  }

  let tables: Tables
  let options: ThemeOptions
  let themeCount: Int
  let phraseTotal: Int

  var total: ThemeTally.Counts
  /// By period number; nil for a number no comment of the question had.
  var byPeriod: [ThemeTally.Counts?] = []
  var byGroup: [ThemeTally.Counts?] = []
  /// Which period and group numbers this coding has noted counts for (merged ones are checked when first met).
  private var notedPeriods: [Bool] = []
  private var notedGroups: [Bool] = []
  /// Respondents mentioning both themes, at `first * themeCount + second`.
  var pairCounts: [Int]
  /// How often each phrase counted for each theme, at `theme * phraseTotal + phrase number`.
  var phraseCounts: [Int]
  /// For each theme, how many candidate comments have each word count.
  var wordCounts: [[Int: Int]]
  var candidates: [QuoteCandidates]
  var emerging = EmergingPhraseCounts()
  var uncoded = UncodedComments()

  /// The current respondent's answered comments, and their hits in ``pendingHits``.
  var pending: [PendingComment] = []
  var pendingHits: [ThemeHit] = []
  var scratch = CodingScratch()
  var hitScratch: HitScratch
  var memo = CommentMemo()

  /// One answered comment of the respondent being read.
  struct PendingComment: Sendable {
    var period: Int
    var group: Int
    var isCoded: Bool
    var hits: Range<Int>
  }

  init(matcher: CodebookMatcher, options: ThemeOptions) {
    tables = Tables(matcher: matcher)
    self.options = options
    let themes = matcher.codebook.themes
    themeCount = themes.count
    phraseTotal = themes.reduce(0) { $0 + $1.match.count }
    total = ThemeTally.Counts(themeCount: themeCount)
    pairCounts = Array(repeating: 0, count: themeCount * themeCount)
    phraseCounts = Array(repeating: 0, count: themeCount * phraseTotal)
    wordCounts = Array(repeating: [:], count: themeCount)
    candidates = Array(repeating: QuoteCandidates(), count: themeCount)
    hitScratch = HitScratch(themeCount: themeCount)
  }

  /// Codes and counts one comment of the current respondent, given as UTF-8.
  mutating func add(_ text: UnsafeBufferPointer<UInt8>, period: Int, group: Int) {
    note(period: period, group: group)
    let digest = QuoteSelection.digest(text)
    if let slot = memo.find(text, digest: digest) {
      let wordCount = memo.wordCount(at: slot)
      guard wordCount > 0 else { return }
      fold(
        memo.mentions(at: slot), wordCount: wordCount, digest: digest, text: text, period: period, group: group,
        memo: slot)
      return
    }
    if !isKnownUniquelyReferenced(&scratch) { scratch = CodingScratch() }
    let wordCount = tables.compiled.read(text, into: scratch)
    let mentions = scratch.mentions
    let slot = memo.remember(text, digest: digest, wordCount: wordCount, mentions: mentions)
    guard wordCount > 0 else { return }
    fold(mentions, wordCount: wordCount, digest: digest, text: text, period: period, group: group, memo: slot)
  }

  /// Counts one comment of the current respondent that ``matcher`` has already coded.
  mutating func add(_ coded: CodedComment, period: Int, group: Int) {
    note(period: period, group: group)
    guard coded.isAnswered else { return }
    var text = coded.comment.text
    text.withUTF8 { bytes in
      fold(
        coded.mentions.map(CodedMention.init), wordCount: coded.wordCount, digest: QuoteSelection.digest(bytes),
        text: bytes, period: period, group: group, memo: nil)
    }
  }

  /// Makes sure the period and group have counts, even if the comment turns out empty.
  ///
  /// Looks at flags first: testing an optional ``ThemeTally/Counts`` for nil
  /// copies its arrays, which costs more than coding a repeated comment.
  private mutating func note(period: Int, group: Int) {
    if period >= notedPeriods.count || !notedPeriods[period] {
      Self.note(period, in: &byPeriod, flags: &notedPeriods, themeCount: themeCount)
    }
    if group >= notedGroups.count || !notedGroups[group] {
      Self.note(group, in: &byGroup, flags: &notedGroups, themeCount: themeCount)
    }
  }

  private static func note(
    _ number: Int, in scopes: inout [ThemeTally.Counts?], flags: inout [Bool], themeCount: Int
  ) {
    if number >= scopes.count { scopes += Array(repeating: nil, count: number + 1 - scopes.count) }
    if scopes[number] == nil { scopes[number] = ThemeTally.Counts(themeCount: themeCount) }
    if number >= flags.count { flags += Array(repeating: false, count: number + 1 - flags.count) }
    flags[number] = true
  }

  /// Counts an answered comment: its phrases, quote candidacy or uncoded words now, its hits when the respondent ends.
  private mutating func fold(
    _ mentions: [CodedMention], wordCount: Int, digest: UInt64, text: UnsafeBufferPointer<UInt8>, period: Int,
    group: Int, memo slot: Int?
  ) {
    let first = pendingHits.count
    guard !mentions.isEmpty else {
      countUncoded(text, memo: slot)
      pending.append(PendingComment(period: period, group: group, isCoded: false, hits: first..<first))
      return
    }
    appendHits(of: mentions)
    let hits = first..<pendingHits.count
    for mention in mentions where !mention.isNegated || tables.negations[mention.theme] == .include {
      let phrase = tables.phraseOffsets[mention.theme] + mention.phrase
      for theme in tables.lineages[mention.theme] { phraseCounts[theme * phraseTotal + phrase] += 1 }
    }
    let hasOffered = slot.map { memo.hasOfferedQuotes(at: $0) } ?? false
    for index in hits where pendingHits[index].isCounted {
      let theme = pendingHits[index].theme
      wordCounts[theme][wordCount, default: 0] += 1
      if !hasOffered && options.quotesPerTheme > 0 {
        offerQuote(theme: theme, mentions: mentions, wordCount: wordCount, digest: digest, text: text)
      }
    }
    if let slot, !hasOffered { memo.update(slot) { $0.hasOfferedQuotes = true } }
    pending.append(PendingComment(period: period, group: group, isCoded: true, hits: hits))
  }

  /// Offers the comment to the theme's quote candidates, under each of the theme's phrases it holds.
  private mutating func offerQuote(
    theme: Int, mentions: [CodedMention], wordCount: Int, digest: UInt64, text: UnsafeBufferPointer<UInt8>
  ) {
    var phrases: [Int] = []
    for mention in mentions
    where tables.lineages[mention.theme].contains(theme) && (!mention.isNegated || tables.negations[theme] == .include)
    {
      let phrase = tables.phraseOffsets[mention.theme] + mention.phrase
      if !phrases.contains(phrase) { phrases.append(phrase) }
    }
    let keys =
      phrases.isEmpty
      ? [QuoteCandidates.key(phrase: -1, wordCount: wordCount)]
      : phrases.map { QuoteCandidates.key(phrase: $0, wordCount: wordCount) }
    let admitting = keys.filter { candidates[theme].admits(digest: digest, key: $0) }
    guard !admitting.isEmpty else { return }
    let candidate = QuoteCandidates.Candidate(
      digest: digest, text: String(decoding: text, as: UTF8.self), wordCount: wordCount, phrases: phrases.sorted())
    for key in admitting { candidates[theme].offer(candidate, key: key) }
  }

  /// Counts the words and phrases of a comment no theme matched, and lists it for `--uncoded`.
  private mutating func countUncoded(_ text: UnsafeBufferPointer<UInt8>, memo slot: Int?) {
    let wantsPhrases = options.emergingPhrases > 0
    let wantsQuote = options.keepsUncodedComments
    guard wantsPhrases || wantsQuote else { return }
    let remembered = slot.flatMap { memo.entries[$0] }
    var phrases = remembered?.phrases
    var quote = remembered?.uncodedQuote
    if (wantsPhrases && phrases == nil) || (wantsQuote && quote == nil) {
      let string = String(decoding: text, as: UTF8.self)
      if wantsPhrases && phrases == nil {
        phrases = EmergingPhraseCounts.phrases(
          in: string, tokeniser: tables.compiled.tokeniser, redactor: options.redactor)
      }
      if wantsQuote && quote == nil { quote = QuoteSelection.quotable(options.redactor.redacted(string)) }
      if let slot {
        memo.update(slot) { entry in
          entry.phrases = phrases
          entry.uncodedQuote = quote
        }
      }
    }
    if let phrases { emerging.add(phrases) }
    if let quote { uncoded.add(quote) }
  }
}
