/// The HTML format: the report as one self-contained page, every chart with its numbers in a table beside it.
extension Report {
  /// The report as an ``HTMLPage`` view model.
  public var htmlPage: HTMLPage {
    let words = self.words
    return HTMLPage(
      title: title, subtitle: subtitle, generatedOn: asOf, dateLabel: "Figures as of",
      style: audience == .youngPeople ? .plainLargeType : .standard, howToRead: howToRead,
      sections: sections.map { section in
        HTMLSection(
          id: section.id, heading: section.heading, intro: section.intro,
          blocks: section.blocks.map { Report.htmlBlock($0, words: words) })
      },
      methodNotes: notes)
  }

  /// The report as one HTML document.
  public func html() throws -> String {
    try htmlPage.render()
  }

  private static func htmlBlock(_ block: ReportBlock, words: FigureText) -> HTMLBlock {
    switch block {
    case .paragraph(let text): return .paragraph(text)
    case .subheading(let text): return .subheading(text)
    case .list(let items): return .list(items)
    case .keyFigures(let figures):
      return .keyFigures(figures.map { HTMLKeyFigure(value: $0.value.text(words), label: $0.label, note: $0.note) })
    case .table(let table): return .table(htmlTable(table, words: words))
    case .chart(let chart):
      return .figure(
        HTMLFigure(
          chart: svg(chart, words: words), caption: chart.caption, table: htmlTable(chart.table, words: words),
          note: chart.note))
    case .quotes(let quotes): return .quotes(quotes)
    case .actions(let actions): return .actions(actions)
    case .callout(let callout): return .callout(callout)
    case .rating(let rating):
      let badge = SVGRatingBadge(rating: SVGRatingBadge.Rating(rating.rating), text: rating.badge).svg()
      return .rating(HTMLRating(badge: badge, headline: rating.headline, detail: rating.detail))
    }
  }

  private static func htmlTable(_ table: ReportTable, words: FigureText) -> HTMLTable {
    HTMLTable(
      caption: table.caption, rowHeading: table.rowHeading,
      columns: table.columns.map { HTMLTable.Column($0.heading, isNumeric: $0.isNumeric) },
      rows: table.rows.map { row in
        HTMLTable.Row(
          heading: row.heading,
          cells: row.cells.map { value in
            switch value {
            case .suppressed: return .suppressed(value.text(words))
            case .rating(let rating): return .status(value.text(words), ratingTone(rating))
            default: return .text(value.text(words))
            }
          })
      })
  }

  /// A rating's pill colour: green as done, amber as on track, red as late, grey as neutral.
  private static func ratingTone(_ rating: Rating) -> ReportActions.Tone {
    switch rating {
    case .green: return .done
    case .amber: return .onTrack
    case .red: return .late
    case .grey: return .neutral
    }
  }

  /// The chart drawn from the builder's values: labels are the values' own words, hidden values drawn as hidden.
  static func svg(_ chart: ReportChart, words: FigureText) -> InlineSVG {
    func figure(_ value: ReportValue?) -> ChartFigure {
      switch value {
      case .percent(let percent)?: return .value(percent.exact, label: value?.text(words) ?? "")
      case .count(let count)?, .number(let count)?: return .value(Double(count), label: String(count))
      case .suppressed(.small)?: return .suppressed
      case .suppressed(.hidden)?: return .hidden
      default: return .missing
      }
    }
    let target = chart.target.map { ChartTarget.percent($0) }
    switch chart.kind {
    case .bars:
      let firsts = chart.rows.compactMap(\.values.first)
      let counts = firsts.compactMap { value -> Int? in
        if case .count(let count) = value { return count }
        return nil
      }
      let isCount = !counts.isEmpty && !firsts.contains { if case .percent = $0 { return true } else { return false } }
      return SVGBarChart(
        id: chart.id, title: chart.title,
        bars: chart.rows.map { SVGBarChart.Bar(label: $0.label, value: figure($0.values.first)) },
        scale: isCount ? .count(maximum: counts.max() ?? 1) : .percent, target: isCount ? nil : target,
        suppressedText: words.small, missingText: "not shown"
      ).svg()
    case .stacked:
      return SVGStackedBarChart(
        id: chart.id, title: chart.title, answers: chart.answers,
        rows: chart.rows.map { SVGStackedBarChart.Row(label: $0.label, segments: $0.values.map(figure)) },
        suppressedText: words.small, missingText: "not shown"
      ).svg()
    case .trend:
      return SVGTrendChart(
        id: chart.id, title: chart.title,
        points: chart.rows.map { SVGTrendChart.Point(period: $0.label, value: figure($0.values.first)) },
        target: target, suppressedText: words.small, missingText: "not shown"
      ).svg()
    }
  }
}

extension SVGRatingBadge.Rating {
  /// The badge for a Pledge rating.
  init(_ rating: Rating) {
    switch rating {
    case .green: self = .green
    case .amber: self = .amber
    case .red: self = .red
    case .grey: self = .grey
    }
  }
}
