/// What every chart shares: the `<svg>` root with its text alternative, the hatching for hidden values, and text helpers.
struct SVGChartFrame {
  /// The font stack: the reader's own system font, never a downloaded one.
  static let fontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif"

  /// The chart's id, safe in an XML id and a URL fragment; element ids inside the chart start with it.
  let id: String
  let width: Double
  let height: Double
  /// The accessible name, also shown as a tooltip.
  let title: String
  /// The longer text alternative: what the chart shows, value by value.
  let summary: String

  init(id: String, width: Double, height: Double, title: String, summary: String) {
    self.id = SVGChartFrame.sanitisedID(id)
    self.width = width
    self.height = height
    self.title = title
    self.summary = summary
  }

  /// The id of the hatching pattern that fills hidden values.
  var hatchID: String { id + "-hatch" }

  /// The finished chart: a responsive `<svg role="img">` named by its `<title>` and `<desc>`.
  func svg(_ children: [SVGElement]) -> InlineSVG {
    let root = SVGElement(
      "svg",
      [
        ("class", "cv-chart"), ("viewBox", "0 0 \(width.svgNumber) \(height.svgNumber)"), ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"), ("focusable", "false"), ("font-family", Self.fontFamily),
      ],
      [
        SVGElement("title", [("id", "\(id)-title")], text: title),
        SVGElement("desc", [("id", "\(id)-desc")], text: summary),
        hatchDefinition(),
      ] + children)
    return InlineSVG(root)
  }

  /// Diagonal grey lines on white: the fill of a value that is hidden, never of a number.
  func hatchDefinition() -> SVGElement {
    SVGElement(
      "defs", [],
      [
        SVGElement(
          "pattern",
          [
            ("id", hatchID), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"),
            ("patternTransform", "rotate(45)"),
          ],
          [
            SVGElement("rect", [("width", "8"), ("height", "8"), ("fill", ChartPalette.paper.description)]),
            SVGElement(
              "line",
              [
                ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8"), ("stroke", ChartPalette.secondary.description),
                ("stroke-width", "1.5"),
              ]),
          ])
      ])
  }

  /// A text element; `anchor` is `start`, `middle` or `end`.
  static func text(
    _ content: String, x: Double, y: Double, size: Double, colour: ChartColour = ChartPalette.ink,
    anchor: String = "start", bold: Bool = false, italic: Bool = false, halo: Bool = false, rotation: Double = 0
  ) -> SVGElement {
    var attributes: [(name: String, value: String)] = [
      ("x", x.svgNumber), ("y", y.svgNumber), ("font-size", size.svgNumber), ("fill", colour.description),
    ]
    if anchor != "start" { attributes.append(("text-anchor", anchor)) }
    if bold { attributes.append(("font-weight", "700")) }
    if italic { attributes.append(("font-style", "italic")) }
    if rotation != 0 {
      attributes.append(("transform", "rotate(\(rotation.svgNumber) \(x.svgNumber) \(y.svgNumber))"))
    }
    if halo {
      attributes += [
        ("stroke", ChartPalette.paper.description), ("stroke-width", "4"), ("stroke-linejoin", "round"),
        ("paint-order", "stroke"),
      ]
    }
    return SVGElement("text", attributes, text: content)
  }

  /// Lines of text stacked and centred vertically on `centreY`.
  static func lines(
    _ lines: [String], x: Double, centreY: Double, size: Double, lineHeight: Double,
    colour: ChartColour = ChartPalette.ink, anchor: String = "start", italic: Bool = false
  ) -> [SVGElement] {
    let first = centreY - Double(lines.count - 1) * lineHeight / 2 + size * 0.35
    return lines.enumerated().map { index, line in
      text(
        line, x: x, y: first + Double(index) * lineHeight, size: size, colour: colour, anchor: anchor,
        italic: italic)
    }
  }

  /// A rectangle.
  static func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(name: String, value: String)] = []
  ) -> SVGElement {
    SVGElement(
      "rect",
      [
        ("x", x.svgNumber), ("y", y.svgNumber), ("width", max(0, width).svgNumber),
        ("height", max(0, height).svgNumber), ("fill", fill),
      ] + extra)
  }

  /// A straight line.
  static func line(
    x1: Double, y1: Double, x2: Double, y2: Double, colour: ChartColour, width: Double = 1, dashed: Bool = false
  ) -> SVGElement {
    var attributes: [(name: String, value: String)] = [
      ("x1", x1.svgNumber), ("y1", y1.svgNumber), ("x2", x2.svgNumber), ("y2", y2.svgNumber),
      ("stroke", colour.description), ("stroke-width", width.svgNumber),
    ]
    if dashed { attributes.append(("stroke-dasharray", "6 4")) }
    return SVGElement("line", attributes)
  }

  /// `cv-` and the id in lower-case letters, digits and hyphens, so it is valid wherever an id goes.
  static func sanitisedID(_ id: String) -> String {
    var out = ""
    for scalar in id.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty && !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return "cv-" + (out.isEmpty ? "chart" : out)
  }
}
