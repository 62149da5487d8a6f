/// A horizontal bar chart: labels on the left, one bar per label with its value printed, an optional target line.
///
/// A suppressed value is drawn as an empty hatched track labelled with `suppressedText`
/// ("fewer than 6"), never as a bar length or a number.
public struct SVGBarChart: Sendable, Hashable {
  /// One labelled bar.
  public struct Bar: Sendable, Hashable {
    public var label: String
    public var value: ChartFigure

    public init(label: String, value: ChartFigure) {
      self.label = label
      self.value = value
    }
  }

  /// Unique on the page; element ids inside the chart derive from it.
  public var id: String
  /// The accessible name of the chart.
  public var title: String
  public var bars: [Bar]
  public var scale: ChartScale
  public var target: ChartTarget?
  /// What a suppressed bar says instead of a number, such as "fewer than 6".
  public var suppressedText: String
  /// What a bar with no data says.
  public var missingText: String
  /// The width of the drawing in its own units; it scales to the width of the page.
  public var width: Double

  public init(
    id: String, title: String, bars: [Bar], scale: ChartScale = .percent, target: ChartTarget? = nil,
    suppressedText: String, missingText: String = "no data", width: Double = 600
  ) {
    self.id = id
    self.title = title
    self.bars = bars
    self.scale = scale
    self.target = target
    self.suppressedText = suppressedText
    self.missingText = missingText
    self.width = width
  }

  private static let fontSize = 15.0
  private static let lineHeight = 19.0
  private static let barHeight = 28.0
  private static let rowGap = 14.0

  /// The chart as inline SVG.
  public func svg() -> InlineSVG {
    let width = min(max(self.width, 320), 4000)
    let size = Self.fontSize
    let labelLimit = (width * 0.36).rounded()
    let labels = bars.map { SVGTextMetrics.wrapped($0.label, maxWidth: labelLimit, fontSize: size) }
    let labelColumn = labels.flatMap { $0 }.map { SVGTextMetrics.width(of: $0, fontSize: size) }.max() ?? 0
    let widestValue =
      (bars.compactMap(\.value.label) + [scale == .percent ? "100%" : ""])
      .map { SVGTextMetrics.width(of: $0, fontSize: size, bold: true) }.max() ?? 0
    let plotLeft = min(labelLimit, labelColumn) + 14
    let axis = Axis(
      left: plotLeft, width: max(40, width - widestValue - 12 - plotLeft), upper: scale.upperBound,
      top: target == nil ? 8 : 30)
    let hatch = "url(#\(SVGChartFrame.sanitisedID(id))-hatch)"

    var drawn: [SVGElement] = []
    var y = axis.top
    for (bar, lines) in zip(bars, labels) {
      let rowHeight = max(Self.barHeight, Double(lines.count) * Self.lineHeight)
      let centre = y + rowHeight / 2
      drawn += SVGChartFrame.lines(
        lines, x: plotLeft - 14, centreY: centre, size: size, lineHeight: Self.lineHeight, anchor: "end")
      drawn += drawBar(bar.value, on: axis, centre: centre, hatch: hatch)
      y += rowHeight + Self.rowGap
    }
    let bottom = y - Self.rowGap + 6
    let frame = SVGChartFrame(id: id, width: width, height: bottom + 26, title: title, summary: summary)
    // The target line goes under the bars, so it never crosses a bar's printed value.
    return frame.svg(grid(on: axis, bottom: bottom) + targetLine(on: axis, bottom: bottom, chartWidth: width) + drawn)
  }

  /// Where values fall across the plot.
  private struct Axis {
    let left: Double
    let width: Double
    let upper: Double
    let top: Double

    func x(_ value: Double) -> Double { left + min(max(value / upper, 0), 1) * width }
  }

  private func grid(on axis: Axis, bottom: Double) -> [SVGElement] {
    scale.ticks.flatMap { tick -> [SVGElement] in
      let x = axis.x(tick.value)
      return [
        SVGChartFrame.line(
          x1: x, y1: axis.top - 4, x2: x, y2: bottom,
          colour: tick.value == 0 ? ChartPalette.secondary : ChartPalette.grid),
        SVGChartFrame.text(
          tick.label, x: x, y: bottom + 18, size: 13, colour: ChartPalette.secondary, anchor: "middle"),
      ]
    }
  }

  private func targetLine(on axis: Axis, bottom: Double, chartWidth: Double) -> [SVGElement] {
    guard let target, target.value.isFinite else { return [] }
    let x = axis.x(target.value)
    let labelWidth = SVGTextMetrics.width(of: target.label, fontSize: 13, bold: true)
    let anchor = x + labelWidth / 2 > chartWidth - 2 ? "end" : "middle"
    return [
      SVGChartFrame.line(
        x1: x, y1: axis.top - 8, x2: x, y2: bottom, colour: ChartPalette.target, width: 2, dashed: true),
      SVGChartFrame.text(
        target.label, x: anchor == "end" ? x + 4 : x, y: axis.top - 13, size: 13, colour: ChartPalette.target,
        anchor: anchor, bold: true),
    ]
  }

  private func drawBar(_ value: ChartFigure, on axis: Axis, centre: Double, hatch: String) -> [SVGElement] {
    let top = centre - Self.barHeight / 2
    guard let number = value.drawnValue, let label = value.label else {
      let words = value.words(suppressed: suppressedText, missing: missingText)
      let wordsWidth = SVGTextMetrics.width(of: words, fontSize: 14)
      return [
        SVGChartFrame.rect(
          x: axis.left, y: top, width: axis.width, height: Self.barHeight, fill: hatch,
          extra: [("stroke", ChartPalette.secondary.description), ("stroke-dasharray", "4 3")]),
        SVGChartFrame.rect(
          x: axis.left + 6, y: top + 4, width: wordsWidth + 12, height: Self.barHeight - 8,
          fill: ChartPalette.paper.description),
        SVGChartFrame.text(words, x: axis.left + 12, y: centre + 14 * 0.35, size: 14, italic: true),
      ]
    }
    let length = axis.x(number) - axis.left
    let labelWidth = SVGTextMetrics.width(of: label, fontSize: Self.fontSize, bold: true)
    let inside = length >= labelWidth + 14
    return [
      SVGChartFrame.rect(
        x: axis.left, y: top, width: length, height: Self.barHeight, fill: ChartPalette.data.description,
        extra: [("class", "cv-bar")]),
      SVGChartFrame.text(
        label, x: inside ? axis.left + length - 7 : axis.left + length + 6, y: centre + Self.fontSize * 0.35,
        size: Self.fontSize, colour: inside ? ChartPalette.data.textColour : ChartPalette.ink,
        anchor: inside ? "end" : "start", bold: true),
    ]
  }

  /// The text alternative: every bar's label and value, and the target.
  var summary: String {
    let values = bars.map { bar -> String in
      "\(bar.label): \(bar.value.words(suppressed: suppressedText, missing: missingText))"
    }
    let targetText = target.map { " \($0.label)." } ?? ""
    return "Bar chart. " + values.joined(separator: "; ") + "." + targetText
  }
}

extension ChartFigure {
  /// The printed label of a value, or nil when there is none.
  var label: String? {
    if case .value(let value, let label) = self, value.isFinite { return label }
    return nil
  }
}
