/// A 100% stacked bar chart for a scale question: one bar per row (a period or a group), one segment per answer.
///
/// Segments run from the most positive answer to the least, coloured by
/// ``ChartPalette/scale(count:)``, with a legend above and each value printed inside
/// its segment when it fits. Suppressed answers are pooled into one hatched stretch
/// at the end of the bar, with no number: its length is what the printed values leave.
public struct SVGStackedBarChart: Sendable, Hashable {
  /// One bar: its label and one percentage (0–100) per answer, in the order of the chart's answers.
  public struct Row: Sendable, Hashable {
    public var label: String
    public var segments: [ChartFigure]

    public init(label: String, segments: [ChartFigure]) {
      self.label = label
      self.segments = segments
    }
  }

  /// Unique on the page; element ids inside the chart derive from it.
  public var id: String
  /// The accessible name of the chart.
  public var title: String
  /// The answers of the scale, most positive first: the legend.
  public var answers: [String]
  public var rows: [Row]
  /// What hidden answers say instead of a number, such as "fewer than 6".
  public var suppressedText: String
  /// What a row with no data says.
  public var missingText: String
  /// The width of the drawing in its own units; it scales to the width of the page.
  public var width: Double

  public init(
    id: String, title: String, answers: [String], rows: [Row], suppressedText: String,
    missingText: String = "no data", width: Double = 600
  ) {
    self.id = id
    self.title = title
    self.answers = answers
    self.rows = rows
    self.suppressedText = suppressedText
    self.missingText = missingText
    self.width = width
  }

  private static let fontSize = 15.0
  private static let lineHeight = 19.0
  private static let barHeight = 34.0
  private static let rowGap = 12.0

  /// The chart as inline SVG.
  public func svg() -> InlineSVG {
    let width = min(max(self.width, 320), 4000)
    let colours = ChartPalette.scale(count: answers.count)
    let hatch = "url(#\(SVGChartFrame.sanitisedID(id))-hatch)"
    let withheld = Set(rows.flatMap { $0.segments.filter(\.isWithheld) })
    var drawn: [SVGElement] = []
    var y = 4.0
    let hatchWords = withheld.sorted { $0 == .suppressed && $1 == .hidden }.map {
      $0.words(suppressed: suppressedText, missing: missingText)
    }
    let legend = legendItems(
      colours: colours, hatch: withheld.isEmpty ? nil : (hatchWords.joined(separator: " or "), hatch), width: width,
      top: &y)
    drawn += legend

    let size = Self.fontSize
    let labelLimit = (width * 0.3).rounded()
    let labels = rows.map {
      $0.label.isEmpty ? [] : SVGTextMetrics.wrapped($0.label, maxWidth: labelLimit, fontSize: size)
    }
    let labelColumn = labels.flatMap { $0 }.map { SVGTextMetrics.width(of: $0, fontSize: size) }.max() ?? 0
    let left = labelColumn > 0 ? min(labelLimit, labelColumn) + 14 : 0
    let plotWidth = width - left - 2
    y += 8
    for (row, lines) in zip(rows, labels) {
      let rowHeight = max(Self.barHeight, Double(lines.count) * Self.lineHeight)
      let centre = y + rowHeight / 2
      drawn += SVGChartFrame.lines(
        lines, x: left - 14, centreY: centre, size: size, lineHeight: Self.lineHeight, anchor: "end")
      drawn += drawRow(row, colours: colours, left: left, width: plotWidth, centre: centre, hatch: hatch)
      y += rowHeight + Self.rowGap
    }
    let frame = SVGChartFrame(id: id, width: width, height: y - Self.rowGap + 4, title: title, summary: summary)
    return frame.svg(drawn)
  }

  /// Swatches and answer names, flowing onto more lines when they do not fit; moves `top` below them.
  private func legendItems(
    colours: [ChartColour], hatch: (words: String, fill: String)?, width: Double, top: inout Double
  ) -> [SVGElement] {
    var entries = zip(answers, colours).map { (name: $0, fill: $1.description) }
    if let hatch { entries.append((hatch.words, hatch.fill)) }
    var drawn: [SVGElement] = []
    var x = 0.0
    var line = top
    for entry in entries {
      let itemWidth = 22 + SVGTextMetrics.width(of: entry.name, fontSize: 14) + 20
      if x > 0 && x + itemWidth > width {
        x = 0
        line += 24
      }
      drawn.append(
        SVGChartFrame.rect(
          x: x + 1, y: line + 3, width: 16, height: 16, fill: entry.fill,
          extra: entry.fill == hatch?.fill ? [("stroke", ChartPalette.secondary.description)] : []))
      drawn.append(SVGChartFrame.text(entry.name, x: x + 23, y: line + 16, size: 14))
      x += itemWidth
    }
    top = line + 24
    return drawn
  }

  private func drawRow(
    _ row: Row, colours: [ChartColour], left: Double, width: Double, centre: Double, hatch: String
  ) -> [SVGElement] {
    let top = centre - Self.barHeight / 2
    let shown = row.segments.compactMap(\.drawnValue).reduce(0, +)
    // The hatched rest of the bar says "fewer than 6" when any of it is, else "hidden".
    let restFigure = row.segments.first { $0 == .suppressed } ?? row.segments.first { $0 == .hidden }
    guard shown > 0 || restFigure != nil else {
      return [
        SVGChartFrame.text(missingText, x: left, y: centre + 5, size: 14, colour: ChartPalette.secondary, italic: true)
      ]
    }
    let scale = shown > 100 ? width / shown : width / 100
    var drawn: [SVGElement] = []
    var x = left
    for (index, segment) in row.segments.enumerated() {
      guard let value = segment.drawnValue, let label = segment.label, value > 0, index < colours.count else {
        continue
      }
      let length = value * scale
      let fill = colours[index]
      drawn.append(
        SVGChartFrame.rect(
          x: x, y: top, width: length, height: Self.barHeight, fill: fill.description,
          extra: [("stroke", ChartPalette.paper.description), ("stroke-width", "1.5"), ("class", "cv-segment")]))
      if SVGTextMetrics.width(of: label, fontSize: Self.fontSize, bold: true) + 10 <= length {
        drawn.append(
          SVGChartFrame.text(
            label, x: x + length / 2, y: centre + Self.fontSize * 0.35, size: Self.fontSize, colour: fill.textColour,
            anchor: "middle", bold: true))
      }
      x += length
    }
    let rest = left + width - x
    if let restFigure, rest > 0.5 {
      let words = restFigure.words(suppressed: suppressedText, missing: missingText)
      drawn.append(
        SVGChartFrame.rect(
          x: x, y: top, width: rest, height: Self.barHeight, fill: hatch,
          extra: [("stroke", ChartPalette.secondary.description), ("stroke-dasharray", "4 3")]))
      let wordsWidth = SVGTextMetrics.width(of: words, fontSize: 13)
      if wordsWidth + 16 <= rest {
        drawn.append(
          SVGChartFrame.rect(
            x: x + rest / 2 - wordsWidth / 2 - 5, y: top + 6, width: wordsWidth + 10, height: Self.barHeight - 12,
            fill: ChartPalette.paper.description))
        drawn.append(
          SVGChartFrame.text(
            words, x: x + rest / 2, y: centre + 13 * 0.35, size: 13, anchor: "middle", italic: true))
      }
    }
    return drawn
  }

  /// The text alternative: each row's answers and values.
  var summary: String {
    let described = rows.map { row -> String in
      let parts = zip(answers, row.segments).map { answer, figure in
        "\(answer) \(figure.words(suppressed: suppressedText, missing: missingText))"
      }
      let name = row.label.isEmpty ? "" : row.label + ": "
      return name + parts.joined(separator: ", ")
    }
    return "Stacked bar chart. " + described.joined(separator: "; ") + "."
  }
}
