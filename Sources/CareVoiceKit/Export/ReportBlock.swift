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
