/// The Markdown format: the report for pasting into a board paper, charts given as their tables.
extension Report {
  /// The report as Markdown, ending with a line break.
  public func markdown() -> String {
    let words = self.words
    var parts: [String] = ["# \(MarkdownText.escaped(title))"]
    var header: [String] = []
    if !subtitle.isEmpty { header.append(MarkdownText.escaped(subtitle)) }
    header.append("**Figures as of \(PledgeWording.date(asOf)).**")
    parts.append(header.joined(separator: "  \n"))
    if !howToRead.isEmpty {
      parts.append("## How to read this report")
      parts += howToRead.map(MarkdownText.escaped)
    }
    var figureNumber = 0
    for section in sections {
      parts.append("## \(MarkdownText.escaped(section.heading))")
      parts += section.intro.map(MarkdownText.escaped)
      for block in section.blocks {
        parts.append(Report.markdown(block, words: words, figureNumber: &figureNumber))
      }
    }
    if !notes.isEmpty {
      parts.append("## About these figures")
      parts += notes.map(MarkdownText.escaped)
    }
    return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
  }

  private static func markdown(_ block: ReportBlock, words: FigureText, figureNumber: inout Int) -> String {
    switch block {
    case .paragraph(let text): return MarkdownText.escaped(text)
    case .subheading(let text): return "### \(MarkdownText.escaped(text))"
    case .list(let items): return items.map { "- \(MarkdownText.escaped($0))" }.joined(separator: "\n")
    case .keyFigures(let figures):
      return figures.map { figure in
        let note = figure.note.isEmpty ? "" : " (\(MarkdownText.escaped(figure.note)))"
        return "- **\(MarkdownText.escaped(figure.value.text(words)))** \(MarkdownText.escaped(figure.label))\(note)"
      }.joined(separator: "\n")
    case .table(let table): return markdown(table, words: words)
    case .chart(let chart):
      figureNumber += 1
      var text = "**Figure \(figureNumber). \(MarkdownText.escaped(chart.caption))**\n\n"
      var table = chart.table
      table.caption = ""
      text += markdown(table, words: words)
      if !chart.note.isEmpty { text += "\n" + MarkdownText.escaped(chart.note) }
      return text
    case .quotes(let quotes):
      var lines: [String] = []
      if !quotes.heading.isEmpty { lines += ["**\(MarkdownText.escaped(quotes.heading))**", ""] }
      for quote in quotes.quotes {
        let about = quote.about.isEmpty ? "" : " — \(MarkdownText.escaped(quote.about))"
        lines += ["> “\(MarkdownText.escaped(quote.text))”\(about)", ""]
      }
      return lines.joined(separator: "\n")
    case .actions(let actions):
      var table = actions.table
      if let index = table.columns.firstIndex(where: { $0.id == "state" }) {
        table.columns.remove(at: index)
        for row in table.rows.indices { table.rows[row].cells.remove(at: index) }
      }
      return markdown(table, words: words)
    case .callout(let callout):
      var lines: [String] = []
      if !callout.title.isEmpty { lines.append("> **\(MarkdownText.escaped(callout.title))**") }
      for paragraph in callout.paragraphs {
        if !lines.isEmpty { lines.append(">") }
        lines.append("> \(MarkdownText.escaped(paragraph))")
      }
      return lines.joined(separator: "\n")
    case .rating(let rating):
      return "**\(MarkdownText.escaped(rating.badge)).** \(MarkdownText.escaped(rating.headline)) "
        + MarkdownText.escaped(rating.detail)
    }
  }

  private static func markdown(_ table: ReportTable, words: FigureText) -> String {
    MarkdownText.table(
      caption: table.caption, header: [table.rowHeading] + table.columns.map(\.heading),
      numeric: [false] + table.columns.map(\.isNumeric),
      rows: table.rows.map { row in [row.heading] + row.cells.map { $0.text(words) } })
  }
}
