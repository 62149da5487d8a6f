/// One value a chart draws: a number with the words to print beside it, or the reason there is none.
public enum ChartFigure: Sendable, Hashable {
  /// A value on the chart's scale and its printed label, such as `91%`.
  case value(Double, label: String)
  /// A value hidden by the small-number rule: drawn without any number, labelled with the chart's suppressed text.
  case suppressed
  /// A value withheld so that a small count cannot be worked out from it: drawn as a suppressed one, labelled
  /// "hidden", as the tables beside the chart say.
  case hidden
  /// No value for this place (nothing loaded for that period): a gap, labelled with the chart's missing text.
  case missing

  /// A percentage from 0 to 100, labelled rounded to a whole number (`91%`).
  public static func percent(_ value: Double) -> ChartFigure {
    guard value.isFinite else { return .missing }
    return .value(value, label: "\(Int(value.rounded()))%")
  }

  /// A count, labelled as it is.
  public static func count(_ value: Int) -> ChartFigure {
    .value(Double(value), label: String(value))
  }

  /// Whether the value is withheld (suppressed or hidden): drawn hatched, without a number.
  var isWithheld: Bool { self == .suppressed || self == .hidden }

  /// The words drawn or read out in place of a number.
  func words(suppressed: String, missing: String) -> String {
    switch self {
    case .value(let value, let label) where value.isFinite: label
    case .suppressed: suppressed
    case .hidden: FigureText.hidden
    case .value, .missing: missing
    }
  }

  /// The number to draw, or nil when there is none (a non-finite number counts as none).
  var drawnValue: Double? {
    if case .value(let value, _) = self, value.isFinite { return value }
    return nil
  }
}

/// A target drawn across a chart as a dashed line with its label, such as `Target 90%`.
public struct ChartTarget: Sendable, Hashable {
  public var value: Double
  public var label: String

  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }

  /// A percentage target labelled `Target 90%`.
  public static func percent(_ value: Double) -> ChartTarget {
    let shown = value.isFinite ? "\(Int(value.rounded()))%" : ""
    return ChartTarget(value: value, label: "Target \(shown)")
  }
}

/// The value axis of a bar chart: percentages from 0 to 100, or counts from 0 to a maximum.
public enum ChartScale: Sendable, Hashable {
  case percent
  case count(maximum: Int)

  /// The value at the far end of the axis.
  var upperBound: Double {
    switch self {
    case .percent: return 100
    case .count(let maximum):
      let top = ChartScale.clamped(maximum)
      let step = ChartScale.countStep(top)
      return Double((top + step - 1) / step * step)
    }
  }

  /// Grid lines and their labels.
  var ticks: [(value: Double, label: String)] {
    switch self {
    case .percent:
      return stride(from: 0, through: 100, by: 25).map { (Double($0), "\($0)%") }
    case .count(let maximum):
      let step = ChartScale.countStep(ChartScale.clamped(maximum))
      return stride(from: 0, through: Int(upperBound), by: step).map { (Double($0), String($0)) }
    }
  }

  /// The maximum kept between 1 and a trillion, so the arithmetic below cannot overflow.
  private static func clamped(_ maximum: Int) -> Int {
    min(max(1, maximum), 1_000_000_000_000)
  }

  /// A round step (1, 2 or 5 times a power of ten) giving at most four intervals up to `maximum`.
  private static func countStep(_ maximum: Int) -> Int {
    let raw = maximum / 4
    var magnitude = 1
    while magnitude * 10 <= raw { magnitude *= 10 }
    for multiple in [1, 2, 5, 10] where multiple * magnitude * 4 >= maximum {
      return multiple * magnitude
    }
    return 10 * magnitude
  }
}
