/// Counts, response by response, the evidence for a Pledge's indicators on one instrument: per period,
/// how many answered each indicator's question and how many of them answered positively.
///
/// A respondent answers positively when their option is one of the indicator's positive
/// options; for a `multiple` question, when any ticked option is.
public struct EvidenceCounter: Sendable {
  private struct Slot: Sendable {
    var measure: IndicatorMeasure
    var question: Int
    var positive: ChoiceSet
  }

  private let slots: [Slot]
  private var counts: [[Period: (positive: Int, base: Int)]]

  /// A counter for the measures that are questions of `instrument`; the others are left aside.
  public init(instrument: Instrument, measures: [IndicatorMeasure]) {
    var slots: [Slot] = []
    for measure in Set(measures) where measure.instrument == instrument.id {
      guard let index = instrument.index(ofQuestion: measure.question) else { continue }
      let question = instrument.questions[index]
      let positive =
        measure.positive.map { values in
          ChoiceSet(question.options.indices.filter { values.contains(question.options[$0].value) })
        } ?? question.positiveOptions
      slots.append(Slot(measure: measure, question: index, positive: positive))
    }
    self.slots = slots
    counts = Array(repeating: [:], count: slots.count)
  }

  /// Adds one response of the instrument, in its period.
  public mutating func add(_ response: Response, period: Period) {
    for (index, slot) in slots.enumerated() {
      let isPositive: Bool
      switch response.answers[slot.question] {
      case .choice(let option): isPositive = slot.positive.contains(option)
      case .choices(let ticked): isPositive = !ticked.intersection(slot.positive).isEmpty
      default: continue
      }
      var entry = counts[index][period] ?? (0, 0)
      entry.base += 1
      if isPositive { entry.positive += 1 }
      counts[index][period] = entry
    }
  }

  /// The evidence of every measure counted, period by period in order.
  public var evidence: [IndicatorMeasure: [IndicatorEvidence]] {
    var result: [IndicatorMeasure: [IndicatorEvidence]] = [:]
    for (index, slot) in slots.enumerated() {
      result[slot.measure] = counts[index].keys.sorted().map { period in
        let entry = counts[index][period] ?? (0, 0)
        return IndicatorEvidence(period: period, positive: entry.positive, base: entry.base)
      }
    }
    return result
  }
}
