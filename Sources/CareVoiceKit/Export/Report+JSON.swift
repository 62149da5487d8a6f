/// The JSON format: the whole report as the machine record, every figure with its exact value and its shown words.
extension Report {
  /// The report as a JSON document, keys in a fixed order.
  public var json: JSONValue {
    let words = self.words
    return .object([
      .init("report", .string(name)), .init("audience", .string(audience.rawValue)), .init("title", .string(title)),
      .init("subtitle", .string(subtitle)), .init("as_of", .string(asOf.description)),
      .init("period", .string(period?.description)), .init("min_cell", .int(rule.minimumCell)),
      .init("how_to_read", .array(howToRead.map { .string($0) })),
      .init("sections", .array(sections.map { Report.json($0, words: words) })),
      .init("notes", .array(notes.map { .string($0) })),
    ])
  }

  /// The JSON as text, indented, ending with a line break.
  public var jsonText: String { json.text() + "\n" }

  private static func json(_ section: ReportSection, words: FigureText) -> JSONValue {
    .object([
      .init("id", .string(section.id)), .init("heading", .string(section.heading)),
      .init("intro", .array(section.intro.map { .string($0) })),
      .init("blocks", .array(section.blocks.map { json($0, words: words) })),
    ])
  }

  private static func json(_ block: ReportBlock, words: FigureText) -> JSONValue {
    func typed(_ type: String, _ members: [JSONValue.Member]) -> JSONValue {
      .object([.init("type", .string(type))] + members)
    }
    switch block {
    case .paragraph(let text): return typed("paragraph", [.init("text", .string(text))])
    case .subheading(let text): return typed("subheading", [.init("text", .string(text))])
    case .list(let items): return typed("list", [.init("items", .array(items.map { .string($0) }))])
    case .keyFigures(let figures):
      return typed(
        "key_figures",
        [
          .init(
            "figures",
            .array(
              figures.map { figure in
                .object([
                  .init("id", .string(figure.id)), .init("label", .string(figure.label)),
                  .init("value", json(figure.value, words: words)), .init("note", .string(figure.note)),
                ])
              }))
        ])
    case .table(let table): return typed("table", json(table, words: words))
    case .chart(let chart):
      return typed(
        "chart",
        [
          .init("id", .string(chart.id)), .init("kind", .string(chart.kind.rawValue)),
          .init("title", .string(chart.title)), .init("caption", .string(chart.caption)),
          .init("answers", .array(chart.answers.map { .string($0) })), .init("target", .number(chart.target)),
          .init("note", .string(chart.note)), .init("table", .object(json(chart.table, words: words))),
        ])
    case .quotes(let quotes):
      return typed(
        "quotes",
        [
          .init("heading", .string(quotes.heading)),
          .init(
            "quotes",
            .array(quotes.quotes.map { .object([.init("text", .string($0.text)), .init("about", .string($0.about))]) })),
        ])
    case .actions(let actions):
      return typed(
        "actions",
        [
          .init("caption", .string(actions.caption)),
          .init(
            "actions",
            .array(
              actions.items.map { item in
                .object([
                  .init("id", .string(item.id)), .init("you_said", .string(item.youSaid)),
                  .init("we_will", .string(item.weWill)), .init("we_did", .string(item.weDid)),
                  .init("owner", .string(item.owner)), .init("due", .string(item.due?.description)),
                  .init("state", .string(item.state?.rawValue)), .init("status", .string(item.status)),
                ])
              })),
        ])
    case .callout(let callout):
      return typed(
        "callout",
        [
          .init("tone", .string(callout.tone.rawValue)), .init("title", .string(callout.title)),
          .init("paragraphs", .array(callout.paragraphs.map { .string($0) })),
        ])
    case .rating(let rating):
      return typed(
        "rating",
        [
          .init("rating", .string(rating.rating.rawValue)), .init("badge", .string(rating.badge)),
          .init("headline", .string(rating.headline)), .init("detail", .string(rating.detail)),
        ])
    }
  }

  private static func json(_ table: ReportTable, words: FigureText) -> [JSONValue.Member] {
    [
      .init("id", .string(table.id)),
      .init(
        "context",
        table.context.map { .object([.init("heading", .string($0.heading)), .init("value", .string($0.value))]) }
          ?? .null),
      .init("caption", .string(table.caption)), .init("row_heading", .string(table.rowHeading)),
      .init(
        "columns",
        .array(table.columns.map { .object([.init("id", .string($0.id)), .init("heading", .string($0.heading))]) })),
      .init(
        "rows",
        .array(
          table.rows.map { row in
            .object(
              [.init("id", .string(row.id)), .init("heading", .string(row.heading))]
                + zip(table.columns, row.cells).map { .init($0.id, json($1, words: words)) })
          })),
    ]
  }

  /// A value: text as a string; a figure as `{"kind", "value", "shown"}` with its exact value, null when hidden.
  static func json(_ value: ReportValue, words: FigureText) -> JSONValue {
    func figure(_ kind: String, _ exact: JSONValue, _ extra: [JSONValue.Member] = []) -> JSONValue {
      .object(
        [.init("kind", .string(kind)), .init("value", exact)] + extra + [.init("shown", .string(value.text(words)))])
    }
    switch value {
    case .text(let text): return .string(text)
    case .empty: return .null
    case .count(let count): return figure("count", .int(count))
    case .number(let count): return figure("number", .int(count))
    case .decimal(let number): return figure("decimal", .number(number))
    case .percent(let percent): return figure("percent", .number(percent.exact), [.init("whole", .int(percent.whole))])
    case .interval(let interval):
      return figure("interval", .array([.number(interval.lower), .number(interval.upper)]))
    case .change(let change):
      return figure(
        "change", .number(change.points),
        [.init("shown_points", .int(change.shown)), .init("significant", .bool(change.isSignificant))])
    case .date(let day): return figure("date", .string(day.description))
    case .rating(let rating): return figure("rating", .string(rating.rawValue))
    case .suppressed(let reason): return figure("suppressed", .null, [.init("reason", .string(reason.rawValue))])
    }
  }
}
