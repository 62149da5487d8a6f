/// One piece of a section.
public enum HTMLBlock: Sendable, Hashable {
  case paragraph(String)
  /// An `<h3>` inside the section.
  case subheading(String)
  /// A bulleted list of short items.
  case list([String])
  case figure(HTMLFigure)
  case table(HTMLTable)
  case quotes(ReportQuotes)
  case actions(ReportActions)
  case keyFigures([HTMLKeyFigure])
  case callout(ReportCallout)
  case rating(HTMLRating)
}
