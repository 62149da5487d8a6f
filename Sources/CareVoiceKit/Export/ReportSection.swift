/// One section of a report, under its own heading; the HTML page lists sections in its contents.
public struct ReportSection: Sendable, Hashable {
  /// A stable id: the page anchor and the CSV's `section`.
  public var id: String
  public var heading: String
  /// Paragraphs under the heading, before the blocks.
  public var intro: [String]
  public var blocks: [ReportBlock]

  public init(id: String, heading: String, intro: [String] = [], blocks: [ReportBlock]) {
    self.id = id
    self.heading = heading
    self.intro = intro
    self.blocks = blocks
  }
}

/// One piece of a section.
public enum ReportBlock: Sendable, Hashable {
  case paragraph(String)
  case subheading(String)
  /// A bulleted list.
  case list([String])
  case keyFigures([ReportKeyFigure])
  case table(ReportTable)
  case chart(ReportChart)
  case quotes(ReportQuotes)
  case actions(ReportActions)
  case callout(ReportCallout)
  case rating(ReportRating)
}

/// A big figure and what it counts, for the strip at the top of a section.
public struct ReportKeyFigure: Sendable, Hashable {
  /// A stable id, the CSV's row.
  public var id: String
  public var value: ReportValue
  public var label: String
  /// A smaller line under the label; empty for none.
  public var note: String

  public init(id: String, value: ReportValue, label: String, note: String = "") {
    self.id = id
    self.value = value
    self.label = label
    self.note = note
  }
}

/// Redacted comments shown as quotations, as the Themes stage chose and redacted them.
public struct ReportQuotes: Sendable, Hashable {
  /// One quotation and what it is about ("Respite and short breaks"); never who said it.
  public struct Quote: Sendable, Hashable {
    public var text: String
    public var about: String

    public init(_ text: String, about: String = "") {
      self.text = text
      self.about = about
    }
  }

  /// An `<h3>`-level heading over the quotations; empty for none.
  public var heading: String
  public var context: ReportTable.Context?
  public var quotes: [Quote]

  public init(heading: String = "", context: ReportTable.Context? = nil, quotes: [Quote]) {
    self.heading = heading
    self.context = context
    self.quotes = quotes
  }

  /// The quotations as a table, for the CSV and the workbook.
  public var table: ReportTable {
    ReportTable(
      id: "quotes", sheet: "Quotes", context: context, caption: heading.isEmpty ? "Quotes" : heading,
      rowHeading: "No.", columns: [ReportTable.Column("about", "About"), ReportTable.Column("quote", "Quote")],
      rows: quotes.enumerated().map { index, quote in
        ReportTable.Row(
          id: String(index + 1), heading: String(index + 1), cells: [.text(quote.about), .text(quote.text)])
      })
  }
}

/// A boxed note: information, something to act on, or good news.
public struct ReportCallout: Sendable, Hashable {
  public enum Tone: String, Sendable, Hashable, CaseIterable {
    case information, important, positive
  }

  public var tone: Tone
  /// A bold first line; empty for none.
  public var title: String
  public var paragraphs: [String]

  public init(tone: Tone = .information, title: String = "", paragraphs: [String]) {
    self.tone = tone
    self.title = title
    self.paragraphs = paragraphs
  }
}

/// A rating with the words that explain it.
public struct ReportRating: Sendable, Hashable {
  public var rating: Rating
  /// The words on the badge: "Amber: below target", "Getting there".
  public var badge: String
  /// The rating in a few bold words.
  public var headline: String
  /// What it rests on.
  public var detail: String

  public init(rating: Rating, badge: String, headline: String, detail: String) {
    self.rating = rating
    self.badge = badge
    self.headline = headline
    self.detail = detail
  }
}
