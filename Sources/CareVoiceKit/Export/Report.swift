/// A written report for one audience: sections of figures, charts, tables, quotes and actions.
///
/// Built once, by a pure function, from the tally, themes and pledge summary values
/// (``Report/board(_:)``, ``Report/youngPeople(_:)``, ``Report/fosterCarers(_:plan:)``,
/// ``Report/survey(_:)``), and written by one renderer per format (``ReportFormat``).
/// Every figure in it is already rounded and disclosure-controlled; renderers only
/// choose how to write it.
public struct Report: Sendable, Hashable {
  /// Who the report is for.
  public var audience: ReportAudience
  /// The file name stem: the Pledge's or the instrument's id.
  public var name: String
  /// The report's title.
  public var title: String
  /// One line under the title: who it is for and what it covers.
  public var subtitle: String
  /// The day the figures and the actions are as of.
  public var asOf: Day
  /// The period reported on; nil when nothing is loaded.
  public var period: Period?
  /// The small-number rule every figure was hidden by.
  public var rule: DisclosureRule
  /// The short "How to read this report" note.
  public var howToRead: [String]
  /// The report's sections, in order.
  public var sections: [ReportSection]
  /// About these figures: sources, method, the small-number rule, redaction.
  public var notes: [String]

  public init(
    audience: ReportAudience, name: String, title: String, subtitle: String, asOf: Day, period: Period?,
    rule: DisclosureRule, howToRead: [String], sections: [ReportSection], notes: [String]
  ) {
    self.audience = audience
    self.name = name
    self.title = title
    self.subtitle = subtitle
    self.asOf = asOf
    self.period = period
    self.rule = rule
    self.howToRead = howToRead
    self.sections = sections
    self.notes = notes
  }

  /// The words figures are written in under this report's rule.
  public var words: FigureText { FigureText(rule: rule) }

  /// Every table of the report in order, charts' and actions' and quotes' included: what the CSV and workbook write.
  public var tables: [(section: ReportSection, table: ReportTable)] {
    sections.flatMap { section in
      section.blocks.compactMap { block -> (ReportSection, ReportTable)? in
        switch block {
        case .table(let table): return (section, table)
        case .chart(let chart): return (section, chart.table)
        case .actions(let actions): return (section, actions.table)
        case .quotes(let quotes): return (section, quotes.table)
        case .keyFigures(let figures): return (section, Report.keyFigureTable(figures))
        default: return nil
        }
      }
    }
  }

  /// Key figures as a table of their own.
  static func keyFigureTable(_ figures: [ReportKeyFigure]) -> ReportTable {
    ReportTable(
      id: "key_figures", sheet: "Key figures", caption: "Key figures", rowHeading: "Figure",
      columns: [ReportTable.Column("value", "Value", isNumeric: true), ReportTable.Column("note", "Note")],
      rows: figures.map {
        ReportTable.Row(id: $0.id, heading: $0.label, cells: [$0.value, $0.note.isEmpty ? .empty : .text($0.note)])
      })
  }
}
