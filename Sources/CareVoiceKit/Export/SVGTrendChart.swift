/// A line chart of one percentage across periods: points with their values printed, an optional target line.
///
/// A suppressed or missing point leaves a gap in the line and is labelled with
/// `suppressedText` or `missingText` at the foot of its period, never with a number.
public struct SVGTrendChart: Sendable, Hashable {
  /// One period and its value (0–100).
  public struct Point: Sendable, Hashable {
    public var period: String
    public var value: ChartFigure

    public init(period: String, value: ChartFigure) {
      self.period = period
      self.value = value
    }
  }

  /// Unique on the page; element ids inside the chart derive from it.
  public var id: String
  /// The accessible name of the chart.
  public var title: String
  /// Oldest first.
  public var points: [Point]
  public var target: ChartTarget?
  /// What a suppressed point says instead of a number, such as "fewer than 6".
  public var suppressedText: String
  /// What a period with no data says.
  public var missingText: String
  /// The width of the drawing in its own units; it scales to the width of the page.
  public var width: Double

  public init(
    id: String, title: String, points: [Point], target: ChartTarget? = nil, suppressedText: String,
    missingText: String = "no data", width: Double = 600
  ) {
    self.id = id
    self.title = title
    self.points = points
    self.target = target
    self.suppressedText = suppressedText
    self.missingText = missingText
    self.width = width
  }

  private static let plotTop = 30.0
  private static let plotHeight = 180.0
  private static let plotLeft = 50.0

  /// The chart as inline SVG.
  public func svg() -> InlineSVG {
    let width = min(max(self.width, 320), 4000)
    let targetLabelWidth = target.map { SVGTextMetrics.width(of: $0.label, fontSize: 13, bold: true) + 8 } ?? 0
    let plotRight = width - 14 - targetLabelWidth
    let bottom = Self.plotTop + Self.plotHeight
    let slot = (plotRight - Self.plotLeft) / Double(max(points.count, 1))
    func x(_ index: Int) -> Double { Self.plotLeft + (Double(index) + 0.5) * slot }
    func y(_ value: Double) -> Double { bottom - min(max(value, 0), 100) / 100 * Self.plotHeight }

    var drawn: [SVGElement] = []
    for tick in stride(from: 0, through: 100, by: 25) {
      let ty = y(Double(tick))
      drawn.append(
        SVGChartFrame.line(
          x1: Self.plotLeft, y1: ty, x2: plotRight, y2: ty,
          colour: tick == 0 ? ChartPalette.secondary : ChartPalette.grid))
      drawn.append(
        SVGChartFrame.text(
          "\(tick)%", x: Self.plotLeft - 8, y: ty + 4.5, size: 13, colour: ChartPalette.secondary, anchor: "end"))
    }
    var labelDepth = 0
    for (index, point) in points.enumerated() {
      let lines = SVGTextMetrics.wrapped(point.period, maxWidth: slot - 6, fontSize: 13)
      labelDepth = max(labelDepth, lines.count)
      for (number, line) in lines.enumerated() {
        drawn.append(
          SVGChartFrame.text(
            line, x: x(index), y: bottom + 20 + Double(number) * 16, size: 13, colour: ChartPalette.secondary,
            anchor: "middle"))
      }
    }
    if let target, target.value.isFinite {
      drawn.append(
        SVGChartFrame.line(
          x1: Self.plotLeft, y1: y(target.value), x2: plotRight, y2: y(target.value), colour: ChartPalette.target,
          width: 2, dashed: true))
      drawn.append(
        SVGChartFrame.text(
          target.label, x: plotRight + 6, y: y(target.value) + 4.5, size: 13, colour: ChartPalette.target,
          bold: true))
    }
    drawn += line(x: x, y: y)
    for (index, point) in points.enumerated() {
      if let value = point.value.drawnValue, let label = point.value.label {
        drawn.append(
          SVGElement(
            "circle",
            [
              ("cx", x(index).svgNumber), ("cy", y(value).svgNumber), ("r", "5.5"),
              ("fill", ChartPalette.data.description), ("stroke", ChartPalette.paper.description),
              ("stroke-width", "2"),
            ]))
        drawn.append(
          SVGChartFrame.text(
            label, x: x(index), y: y(value) - 12, size: 15, anchor: "middle", bold: true, halo: true))
      } else {
        let words = point.value == .suppressed ? suppressedText : missingText
        let lines = SVGTextMetrics.wrapped(words, maxWidth: slot - 8, fontSize: 13)
        drawn += SVGChartFrame.lines(
          lines, x: x(index), centreY: bottom - 12 - Double(lines.count - 1) * 8, size: 13, lineHeight: 16,
          colour: ChartPalette.secondary, anchor: "middle", italic: true)
      }
    }
    let height = bottom + 20 + Double(max(labelDepth, 1) - 1) * 16 + 10
    let frame = SVGChartFrame(id: id, width: width, height: height, title: title, summary: summary)
    return frame.svg(drawn)
  }

  /// The line through consecutive points that have values; a hidden point breaks it.
  private func line(x: (Int) -> Double, y: (Double) -> Double) -> [SVGElement] {
    var runs: [[String]] = [[]]
    for (index, point) in points.enumerated() {
      if let value = point.value.drawnValue {
        runs[runs.count - 1].append("\(x(index).svgNumber),\(y(value).svgNumber)")
      } else if !(runs.last ?? []).isEmpty {
        runs.append([])
      }
    }
    return runs.filter { $0.count > 1 }.map { run in
      SVGElement(
        "polyline",
        [
          ("points", run.joined(separator: " ")), ("fill", "none"), ("stroke", ChartPalette.data.description),
          ("stroke-width", "3"), ("stroke-linejoin", "round"), ("stroke-linecap", "round"), ("class", "cv-line"),
        ])
    }
  }

  /// The text alternative: each period's value, and the target.
  var summary: String {
    let values = points.map { point in
      "\(point.period): \(point.value.label ?? (point.value == .suppressed ? suppressedText : missingText))"
    }
    let targetText = target.map { " \($0.label)." } ?? ""
    return "Line chart of percentages by period. " + values.joined(separator: "; ") + "." + targetText
  }
}
