/// What an indicator counts — a question and its positive answers — without its target: the key of its evidence.
public struct IndicatorMeasure: Sendable, Hashable {
  public var instrument: String
  public var question: String
  /// The option values counted as positive; nil means the options the scale marks positive.
  public var positive: [String]?

  public init(instrument: String, question: String, positive: [String]? = nil) {
    self.instrument = instrument
    self.question = question
    self.positive = positive
  }
}

extension Indicator {
  /// The question and positive answers this indicator counts.
  public var measure: IndicatorMeasure {
    IndicatorMeasure(instrument: instrument, question: question, positive: positive)
  }
}
