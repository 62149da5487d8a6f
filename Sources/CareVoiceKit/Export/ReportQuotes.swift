/// Redacted comments shown as quotations, as the Themes stage chose and redacted them.
public struct ReportQuotes: Sendable, Hashable {
  /// One quotation and what it is about ("Respite and short breaks"); never who said it.
  public struct Quote: Sendable, Hashable {
    /// The redacted quotation.
    public var text: String
    /// The theme it illustrates.
    public var about: String

    public init(_ text: String, about: String = "") {
      self.text = text
      self.about = about
    }
  }

  /// An `<h3>`-level heading over the quotations; empty for none.
  public var heading: String
  /// The question the quotes answer.
  public var context: ReportTable.Context?
  /// The quotations.
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
