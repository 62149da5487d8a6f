extension QuestionThemes {
  /// Codes a question's comments with a codebook and makes its figures.
  public init(
    question: String, comments: [RespondentComment], matcher: CodebookMatcher, options: ThemeOptions = ThemeOptions()
  ) {
    self.init(question: question, coded: matcher.code(comments), matcher: matcher, options: options)
  }

  /// Makes a question's figures from comments already coded with `matcher`.
  ///
  /// Counts are suppressed by `options.rule`; a theme whose respondents are
  /// suppressed has no quotes; uncoded comments are kept only when asked for
  /// and their count is shown.
  public init(
    question: String, coded: [CodedComment], matcher: CodebookMatcher, options: ThemeOptions = ThemeOptions()
  ) {
    let themes = matcher.codebook.themes
    let tally = ThemeTally(coded, themes: themes, hierarchy: matcher.hierarchy)
    let published = tally.published(themes: themes, rule: options.rule)
    var figures = published.themes
    for index in figures.indices {
      figures[index].quotes =
        figures[index].isSuppressed
        ? []
        : QuoteSelection.quotes(
          for: index, in: tally, comments: coded, matcher: matcher, redactor: options.redactor,
          count: options.quotesPerTheme)
    }
    let uncodedTexts = tally.uncoded.map { coded[$0].comment.text }
    let showsUncoded = options.keepsUncodedComments && published.uncoded != nil
    self.init(
      id: question, answered: published.answered, coded: published.coded, uncoded: published.uncoded,
      themes: figures,
      emerging: EmergingPhrases.top(
        of: uncodedTexts, tokeniser: matcher.tokeniser, redactor: options.redactor, rule: options.rule,
        limit: options.emergingPhrases),
      coOccurrence: published.pairs, byPeriod: published.byPeriod,
      byGroup: tally.groups == [nil] || tally.groups.isEmpty ? nil : published.byGroup,
      uncodedComments: showsUncoded
        ? uncodedTexts.map { QuoteSelection.quotable(options.redactor.redacted($0)) }.sorted() : nil)
  }
}
