/// A RAG rating as a pill: a colour, a shape and the words, so the rating never rests on colour alone.
///
/// Green carries a tick in a circle, amber an exclamation mark in a triangle, red a
/// cross in an octagon, grey (not enough evidence) a dash in a dashed circle.
public struct SVGRatingBadge: Sendable, Hashable {
  /// The rating drawn.
  public enum Rating: String, Sendable, Hashable, CaseIterable {
    case green, amber, red, grey
  }

  public var rating: Rating
  /// The words on the badge, such as "Green: on track"; also its accessible name.
  public var text: String

  public init(rating: Rating, text: String) {
    self.rating = rating
    self.text = text
  }

  private static let height = 32.0
  private static let fontSize = 15.0

  /// The badge as inline SVG, drawn at its natural size (it does not stretch to the page).
  public func svg() -> InlineSVG {
    let colours = ChartPalette.badge(rating)
    let textWidth = SVGTextMetrics.width(of: text, fontSize: Self.fontSize, bold: true)
    let width = (36 + textWidth + 14).rounded(.up)
    let height = Self.height
    let root = SVGElement(
      "svg",
      [
        ("class", "cv-badge cv-badge-\(rating.rawValue)"), ("viewBox", "0 0 \(width.svgNumber) \(height.svgNumber)"),
        ("width", width.svgNumber), ("height", height.svgNumber), ("role", "img"), ("aria-label", text),
        ("focusable", "false"), ("font-family", SVGChartFrame.fontFamily),
      ],
      [
        SVGElement("title", [], text: text),
        SVGChartFrame.rect(
          x: 1, y: 1, width: width - 2, height: height - 2, fill: colours.fill.description,
          extra: [
            ("rx", ((height - 2) / 2).svgNumber), ("stroke", colours.outline.description), ("stroke-width", "2"),
          ] + (rating == .grey ? [("stroke-dasharray", "4 3")] : [])),
        icon(colour: colours.text),
        SVGChartFrame.text(
          text, x: 36, y: height / 2 + Self.fontSize * 0.35, size: Self.fontSize, colour: colours.text, bold: true),
      ])
    return InlineSVG(root)
  }

  /// The shape for the rating, drawn in the badge's text colour inside an 18-unit box at (10, 7).
  private func icon(colour: ChartColour) -> SVGElement {
    let stroke: [(name: String, value: String)] = [
      ("fill", "none"), ("stroke", colour.description), ("stroke-width", "2"), ("stroke-linecap", "round"),
      ("stroke-linejoin", "round"),
    ]
    let paths: [String]
    switch rating {
    case .green:
      paths = ["M27 16 A8 8 0 1 1 11 16 A8 8 0 1 1 27 16 Z", "M15 16.3 L17.8 19.1 L23 13.5"]
    case .amber:
      paths = ["M19 7.5 L27.5 23.5 L10.5 23.5 Z", "M19 12.5 L19 17.5", "M19 20.6 L19 20.8"]
    case .red:
      paths = [
        "M15.5 7.5 L22.5 7.5 L27.5 12.5 L27.5 19.5 L22.5 24.5 L15.5 24.5 L10.5 19.5 L10.5 12.5 Z",
        "M16 13 L22 19", "M22 13 L16 19",
      ]
    case .grey:
      paths = ["M27 16 A8 8 0 1 1 11 16 A8 8 0 1 1 27 16 Z", "M15 16 L23 16"]
    }
    return SVGElement(
      "g", stroke + [("aria-hidden", "true")], paths.map { SVGElement("path", [("d", $0)]) })
  }
}
