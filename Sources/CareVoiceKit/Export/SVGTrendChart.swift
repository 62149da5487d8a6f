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

  /// The chart as inline SVG.
  public func svg() -> InlineSVG {
    let width = min(max(self.width, 320), 4000)
    let targetLabelWidth = target.map { SVGTextMetrics.width(of: $0.label, fontSize: 13, bold: true) + 8 } ?? 0
    let plot = Plot(right: width - 14 - targetLabelWidth, count: points.count)
    var drawn = grid(plot)
    let (labels, depth) = periodLabels(plot)
    drawn += labels
    if let target, target.value.isFinite {
      drawn.append(
        SVGChartFrame.line(
          x1: Plot.left, y1: plot.y(target.value), x2: plot.right, y2: plot.y(target.value),
          colour: ChartPalette.target, width: 2, dashed: true))
      drawn.append(
        SVGChartFrame.text(
          target.label, x: plot.right + 6, y: plot.y(target.value) + 4.5, size: 13, colour: ChartPalette.target,
          bold: true))
    }
    drawn += line(x: plot.x, y: plot.y)
    drawn += marks(plot)
    let frame = SVGChartFrame(id: id, width: width, height: Plot.bottom + depth + 8, title: title, summary: summary)
    return frame.svg(drawn)
  }

  /// Where periods and values fall: one equal slot per period, 0–100 upwards.
  private struct Plot {
    static let top = 30.0
    static let height = 180.0
    static let left = 50.0
    static var bottom: Double { top + height }
    let right: Double
    let slot: Double

    init(right: Double, count: Int) {
      self.right = right
      self.slot = (right - Plot.left) / Double(max(count, 1))
    }

    func x(_ index: Int) -> Double { Plot.left + (Double(index) + 0.5) * slot }
    func y(_ value: Double) -> Double { Plot.bottom - min(max(value, 0), 100) / 100 * Plot.height }
  }

  private func grid(_ plot: Plot) -> [SVGElement] {
    stride(from: 0, through: 100, by: 25).flatMap { tick -> [SVGElement] in
      let y = plot.y(Double(tick))
      return [
        SVGChartFrame.line(
          x1: Plot.left, y1: y, x2: plot.right, y2: y, colour: tick == 0 ? ChartPalette.secondary : ChartPalette.grid),
        SVGChartFrame.text(
          "\(tick)%", x: Plot.left - 8, y: y + 4.5, size: 13, colour: ChartPalette.secondary, anchor: "end"),
      ]
    }
  }

  /// The period names under the axis: wrapped at spaces when every word fits its slot, else slanted.
  private func periodLabels(_ plot: Plot) -> (labels: [SVGElement], depth: Double) {
    let size = 13.0
    let widestWord =
      points.flatMap { $0.period.split(separator: " ") }.map { SVGTextMetrics.width(of: String($0), fontSize: size) }
      .max() ?? 0
    var drawn: [SVGElement] = []
    if widestWord <= plot.slot - 4 {
      var lines = 1
      for (index, point) in points.enumerated() {
        let wrapped = SVGTextMetrics.wrapped(point.period, maxWidth: plot.slot - 4, fontSize: size)
        lines = max(lines, wrapped.count)
        for (number, line) in wrapped.enumerated() {
          drawn.append(
            SVGChartFrame.text(
              line, x: plot.x(index), y: Plot.bottom + 20 + Double(number) * 16, size: size,
              colour: ChartPalette.secondary, anchor: "middle"))
        }
      }
      return (drawn, 20 + Double(lines - 1) * 16)
    }
    var longest = 0.0
    for (index, point) in points.enumerated() {
      longest = max(longest, SVGTextMetrics.width(of: point.period, fontSize: size))
      drawn.append(
        SVGChartFrame.text(
          point.period, x: plot.x(index) + 4, y: Plot.bottom + 16, size: size, colour: ChartPalette.secondary,
          anchor: "end", rotation: -45))
    }
    return (drawn, 16 + longest * 0.71)
  }

  /// The points with their values, and the words standing in for hidden or missing ones.
  private func marks(_ plot: Plot) -> [SVGElement] {
    let labels = points.compactMap(\.value.label)
    let size =
      [15.0, 13, 11].first { size in
        labels.allSatisfy { SVGTextMetrics.width(of: $0, fontSize: size, bold: true) <= plot.slot - 2 }
      } ?? 11
    let crowded = labels.contains { SVGTextMetrics.width(of: $0, fontSize: size, bold: true) > plot.slot - 2 }
    var drawn: [SVGElement] = []
    for (index, point) in points.enumerated() {
      let x = plot.x(index)
      if let value = point.value.drawnValue, let label = point.value.label {
        let y = plot.y(value)
        drawn.append(
          SVGElement(
            "circle",
            [
              ("cx", x.svgNumber), ("cy", y.svgNumber), ("r", "5.5"), ("fill", ChartPalette.data.description),
              ("stroke", ChartPalette.paper.description), ("stroke-width", "2"),
            ]))
        // Where labels are wider than their slot, every other one goes under its point.
        let below = crowded && index % 2 == 1 && value > 12
        drawn.append(
          SVGChartFrame.text(
            label, x: x, y: below ? y + 12 + size * 0.7 : y - 12, size: size, anchor: "middle", bold: true,
            halo: true))
        continue
      }
      let words = point.value.words(suppressed: suppressedText, missing: missingText)
      let wordWidths = words.split(separator: " ").map { SVGTextMetrics.width(of: String($0), fontSize: 12) }
      if (wordWidths.max() ?? 0) <= plot.slot - 4 {
        let lines = SVGTextMetrics.wrapped(words, maxWidth: plot.slot - 4, fontSize: 12)
        drawn += SVGChartFrame.lines(
          lines, x: x, centreY: Plot.bottom - 12 - Double(lines.count - 1) * 7.5, size: 12, lineHeight: 15,
          colour: ChartPalette.secondary, anchor: "middle", italic: true)
      } else {
        drawn.append(
          SVGChartFrame.text(
            words, x: x + 4, y: Plot.bottom - 8, size: 12, colour: ChartPalette.secondary, italic: true, rotation: -90))
      }
    }
    return drawn
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
      "\(point.period): \(point.value.words(suppressed: suppressedText, missing: missingText))"
    }
    let targetText = target.map { " \($0.label)." } ?? ""
    return "Line chart of percentages by period. " + values.joined(separator: "; ") + "." + targetText
  }
}
