/// A whole written report as one self-contained HTML page: header, sections, and notes on method.
///
/// Everything a person typed is escaped when the page is rendered; the page loads
/// nothing from anywhere (its style sheet is inline, its charts are inline SVG) and
/// prints on A4.
public struct HTMLPage: Sendable, Hashable {
  /// How the page looks: the board's standard report, or the plainer, larger type for children and young people.
  public enum Style: String, Sendable, Hashable, CaseIterable {
    case standard
    case plainLargeType

    /// The class on `<html>` that switches the style sheet.
    var className: String {
      switch self {
      case .standard: return "audience-standard"
      case .plainLargeType: return "audience-plain"
      }
    }
  }

  public var title: String
  public var subtitle: String
  /// Who publishes the report, shown above the title (the council's name); empty for none.
  public var publisher: String
  /// The date shown as the report's date.
  public var generatedOn: Day
  /// The words before the date in the masthead: "Published", or "Figures as of".
  public var dateLabel: String
  public var style: Style
  /// The short "How to read this report" note under the header; empty for none.
  public var howToRead: [String]
  public var sections: [HTMLSection]
  /// The footer's "About these figures": where they come from, and how small numbers are hidden.
  public var methodNotes: [String]

  public init(
    title: String, subtitle: String = "", publisher: String = "", generatedOn: Day, dateLabel: String = "Published",
    style: Style = .standard, howToRead: [String] = [], sections: [HTMLSection], methodNotes: [String] = []
  ) {
    self.title = title
    self.subtitle = subtitle
    self.publisher = publisher
    self.generatedOn = generatedOn
    self.dateLabel = dateLabel
    self.style = style
    self.howToRead = howToRead
    self.sections = sections
    self.methodNotes = methodNotes
  }
}
