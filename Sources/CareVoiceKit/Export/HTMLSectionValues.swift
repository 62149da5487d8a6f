/// The values the section and block templates read, made from a section's view model.
///
/// Each block becomes a value with one list per kind of block, exactly one of them
/// non-empty, so the block template can switch on the kind with Mustache sections.
struct HTMLSectionValues {
  struct Block {
    var paragraph: [String] = []
    var subheading: [String] = []
    var list: [List] = []
    var figure: [Figure] = []
    var table: [Table] = []
    var quotes: [Quotes] = []
    var actions: [Actions] = []
    var keyFigures: [KeyFigures] = []
    var callout: [Callout] = []
    var rating: [Rating] = []
  }
  struct List { let items: [String] }
  struct Figure {
    let number: String
    let caption: String
    let svg: String
    let bodyClass: String
    let table: [Table]
    let note: [String]
  }
  struct Table {
    struct Column {
      let heading: String
      let cellClass: String
    }
    struct Cell {
      let text: String
      let cellClass: String
      /// The status class of a pill around the text; empty for plain text.
      let pill: [String]
    }
    struct Row {
      let heading: String
      let cells: [Cell]
    }
    let caption: String
    let tableClass: String
    let rowHeading: String
    let columns: [Column]
    let rows: [Row]
  }
  struct Quotes {
    struct Quote {
      let text: String
      let attribution: [String]
    }
    let heading: [String]
    let quotes: [Quote]
  }
  struct Actions {
    struct Due {
      let iso: String
      let text: String
    }
    struct Owner {
      let heading: String
      let owner: String
    }
    struct Row {
      let youSaid: String
      let weDid: String
      let whoCell: [Owner]
      let due: [Due]
      let status: String
      let statusClass: String
      let detail: [String]
    }
    let caption: String
    let youSaidHeading: String
    let weDidHeading: String
    let whoColumn: [String]
    let byWhenHeading: String
    let statusHeading: String
    let rows: [Row]
  }
  struct KeyFigures {
    struct Item {
      let value: String
      let label: String
      let note: [String]
    }
    let figures: [Item]
  }
  struct Callout {
    let toneClass: String
    let title: [String]
    let paragraphs: [String]
  }
  struct Rating {
    let badge: String
    let headline: String
    let detail: String
  }

  let anchor: String
  let heading: String
  let intro: [String]
  let blocks: [Block]

  init(_ section: HTMLSection, anchor: String, figures: inout Int) {
    self.anchor = anchor
    heading = section.heading
    intro = section.intro
    var blocks: [Block] = []
    for block in section.blocks {
      var values = Block()
      switch block {
      case .paragraph(let text): values.paragraph = [text]
      case .subheading(let text): values.subheading = [text]
      case .list(let items): values.list = items.isEmpty ? [] : [List(items: items)]
      case .figure(let figure):
        figures += 1
        values.figure = [Self.figure(figure, number: figures)]
      case .table(let table): values.table = [Self.table(table)]
      case .quotes(let quotes): values.quotes = [Self.quotes(quotes)]
      case .actions(let actions): values.actions = [Self.actions(actions)]
      case .keyFigures(let figures):
        values.keyFigures = [
          KeyFigures(
            figures: figures.map {
              KeyFigures.Item(value: $0.value, label: $0.label, note: $0.note.isEmpty ? [] : [$0.note])
            })
        ]
      case .callout(let callout):
        values.callout = [
          Callout(
            toneClass: "callout-\(callout.tone.rawValue)", title: callout.title.isEmpty ? [] : [callout.title],
            paragraphs: callout.paragraphs)
        ]
      case .rating(let rating):
        values.rating = [Rating(badge: rating.badge.markup, headline: rating.headline, detail: rating.detail)]
      }
      blocks.append(values)
    }
    self.blocks = blocks
  }

  private static func figure(_ figure: HTMLFigure, number: Int) -> Figure {
    Figure(
      number: String(number), caption: figure.caption, svg: figure.chart.markup,
      bodyClass: bodyClass(figure.table),
      table: figure.table.map { [table($0)] } ?? [], note: figure.note.isEmpty ? [] : [figure.note])
  }

  /// A chart with a table of up to three columns sits beside it on a wide screen; a wider table goes below.
  private static func bodyClass(_ table: HTMLTable?) -> String {
    guard let table else { return "figure-body" }
    return table.columns.count <= HTMLTable.besideChartColumns ? "figure-body has-table" : "figure-body has-wide-table"
  }

  private static func table(_ table: HTMLTable) -> Table {
    let numeric = table.columns.map(\.isNumeric)
    return Table(
      caption: table.caption,
      tableClass: table.columns.count >= HTMLTable.wideColumns ? "data-table wide" : "data-table",
      rowHeading: table.rowHeading,
      columns: table.columns.map { Table.Column(heading: $0.heading, cellClass: $0.isNumeric ? "num" : "text") },
      rows: table.rows.map { row in
        Table.Row(
          heading: row.heading,
          cells: row.cells.enumerated().map { index, cell in
            let kind = index < numeric.count && numeric[index] ? "num" : "text"
            switch cell {
            case .text(let text): return Table.Cell(text: text, cellClass: kind, pill: [])
            case .suppressed(let text): return Table.Cell(text: text, cellClass: kind + " suppressed", pill: [])
            case .status(let text, let tone): return Table.Cell(text: text, cellClass: kind, pill: [tone.className])
            }
          })
      })
  }

  /// The quotations, each with the theme it illustrates under it.
  private static func quotes(_ quotes: ReportQuotes) -> Quotes {
    Quotes(
      heading: quotes.heading.isEmpty ? [] : [quotes.heading],
      quotes: quotes.quotes.map {
        Quotes.Quote(text: $0.text, attribution: $0.about.isEmpty ? [] : [$0.about])
      })
  }

  /// The actions as the page's "You said, we did" table: what the council said it would do in the second
  /// column, and what was done as a line under the status.
  private static func actions(_ actions: ReportActions) -> Actions {
    let headings = actions.headings
    return Actions(
      caption: actions.caption, youSaidHeading: headings.youSaid, weDidHeading: headings.weWill,
      whoColumn: headings.owner.isEmpty ? [] : [headings.owner], byWhenHeading: headings.due,
      statusHeading: headings.status,
      rows: actions.items.map { item in
        Actions.Row(
          youSaid: item.youSaid, weDid: item.weWill,
          whoCell: headings.owner.isEmpty ? [] : [Actions.Owner(heading: headings.owner, owner: item.owner)],
          due: item.due.map { [Actions.Due(iso: $0.description, text: HTMLPageValues.longDate($0))] } ?? [],
          status: item.status, statusClass: item.tone.className,
          detail: item.weDid.isEmpty ? [] : [item.weDid])
      })
  }
}

extension ReportActions.Tone {
  /// The page's class for a status pill of this tone.
  var className: String {
    switch self {
    case .done: "status-done"
    case .onTrack: "status-on-track"
    case .late: "status-late"
    case .neutral: "status-neutral"
    }
  }
}
