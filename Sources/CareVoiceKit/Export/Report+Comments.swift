/// What people wrote: each comment question's themes, counted and shared, with redacted quotes.
extension Report {
  /// One section per instrument of a Pledge's comments, for the board.
  static func commentSections(_ evidence: PledgeEvidence, audience: ReportAudience) -> [ReportSection] {
    var blocks: [ReportBlock] = []
    for report in evidence.comments {
      guard let instrument = evidence.instrument(report.instrument) else { continue }
      for question in report.questions where (question.answered ?? 1) > 0 {
        blocks += commentBlocks(
          question, instrument: instrument, rule: DisclosureRule(minimumCell: report.minimumCell),
          heading:
            "\(instrument.title): \(ReportWording.quoted(instrument.question(question.id)?.text ?? question.id))",
          quotesFrom: 3)
      }
    }
    guard !blocks.isEmpty else { return [] }
    return [
      ReportSection(
        id: "comments", heading: "What children and young people wrote",
        intro: [
          "The comments given with the questions the Pledge links to, coded into themes. A comment can touch "
            + "several themes; shares are of the people who wrote a comment."
        ], blocks: blocks)
    ]
  }

  /// A comment question's blocks: a subheading, who wrote, a table of its themes (most mentioned first), and quotes.
  ///
  /// Quotes are those the Themes stage chose and redacted, one from each of the
  /// `quotesFrom` most mentioned themes that have one.
  static func commentBlocks(
    _ question: QuestionThemes, instrument: Instrument, rule: DisclosureRule, heading: String, quotesFrom: Int,
    subheading: Bool = true
  ) -> [ReportBlock] {
    let words = FigureText(rule: rule)
    let context = ReportTable.Context(heading: "Question", value: "\(instrument.id)/\(question.id)")
    let answered = ReportValue.people(question.answered, rule: rule)
    let coded = ReportValue.people(question.coded, rule: rule, isSmall: false)
    var blocks: [ReportBlock] = subheading ? [.subheading(heading)] : []
    if case .count = coded {
      blocks.append(
        .paragraph(
          "\(answered.text(words).capitalisedFirst) wrote a comment; \(coded.text(words)) of them touched at least "
            + "one theme."))
    } else {
      blocks.append(.paragraph("\(answered.text(words).capitalisedFirst) wrote a comment."))
    }
    let ranked = rankedThemes(question.themes)
    blocks.append(
      .table(
        ReportTable(
          id: "comment_themes", sheet: "Comment themes", context: context, caption: "Themes in answers to \(heading)",
          rowHeading: "Theme",
          columns: [
            .init("mentioned_by", "Mentioned by", isNumeric: true),
            .init("percent", "Share of those who wrote", isNumeric: true),
          ],
          rows: ranked.map { theme in
            ReportTable.Row(
              id: theme.id, heading: theme.label ?? theme.id,
              cells: [
                theme.isSuppressed ? .suppressed(.small) : .people(theme.respondents, rule: rule),
                theme.isSuppressed ? .suppressed(.small) : .share(theme.percent),
              ])
          })))
    var quotes: [ReportQuotes.Quote] = []
    for theme in ranked where !theme.isSuppressed && quotes.count < quotesFrom {
      guard let quote = (theme.quotes ?? []).first(where: { text in !quotes.contains { $0.text == text } }) else {
        continue
      }
      quotes.append(ReportQuotes.Quote(quote, about: theme.label ?? theme.id))
    }
    if !quotes.isEmpty {
      blocks.append(.quotes(ReportQuotes(heading: "In their own words", context: context, quotes: quotes)))
    }
    return blocks
  }

  /// Themes with the most people first; hidden ones last, in codebook order.
  static func rankedThemes(_ themes: [ThemeFigure]) -> [ThemeFigure] {
    themes.enumerated().sorted { a, b in
      let left = a.element.isSuppressed ? -1 : (a.element.respondents ?? -1)
      let right = b.element.isSuppressed ? -1 : (b.element.respondents ?? -1)
      return left != right ? left > right : a.offset < b.offset
    }.map(\.element)
  }
}

extension String {
  /// The text with its first letter a capital: "fewer than 6" → "Fewer than 6".
  var capitalisedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
