import Foundation

/// Counts responses one at a time into integer arrays, then gives the ``InstrumentTally`` of any set of periods.
///
/// Adding a response touches only integer cells indexed by question and option:
/// no dictionary, no string built, no allocation once its period has been seen.
/// Every added period is kept apart (for trends and series) and, with a
/// breakdown by attribute, every attribute value too, with a last group
/// "not stated" for responses without a value. `number` answers go into a
/// ``NumberSample`` per period and group, so medians are exact.
public struct TallyAccumulator: Sendable {
  /// The instrument whose responses are added.
  public let instrument: Instrument
  /// What the tallies it gives are broken down by.
  public let breakdown: Breakdown
  let layout: TallyLayout
  /// The attribute broken down by, if any.
  let attributeIndex: Int?
  /// Groups per period: the attribute's values and "not stated", or one.
  let groupCount: Int
  /// Periods in the order first seen; `counts` and `numbers` hold one run of blocks per period.
  private(set) var periodSlots: [Period] = []
  private(set) var counts: [Int] = []
  private(set) var numbers: [NumberSample] = []
  private var lastPeriod: Period?
  private var lastSlot = 0

  /// An empty accumulator; throws when `breakdown` names an attribute the instrument does not have.
  public init(instrument: Instrument, breakdown: Breakdown = .none) throws(UnknownBreakdown) {
    self.instrument = instrument
    self.breakdown = breakdown
    layout = TallyLayout(instrument)
    let attributes = instrument.respondent.attributes
    if case .attribute(let id) = breakdown {
      guard let index = attributes.firstIndex(where: { $0.id == id || $0.label == id }) else {
        throw UnknownBreakdown(name: id, instrument: instrument.id, attributes: attributes.map(\.id))
      }
      attributeIndex = index
      groupCount = attributes[index].values.count + 1
    } else {
      attributeIndex = nil
      groupCount = 1
    }
  }

  /// The number of responses added so far, in every period.
  public var respondents: Int {
    var total = 0
    for block in 0..<(periodSlots.count * groupCount) { total += counts[block * layout.width] }
    return total
  }

  /// The periods that have responses, earliest first.
  public var periods: [Period] { periodSlots.sorted() }

  /// Counts one response as belonging to `period`.
  ///
  /// An answer that does not fit its question (a position beyond its options, a
  /// number for a `single` question) cannot come from a validated ``Response``;
  /// should one arrive it is counted as not shown rather than stopping the tally.
  public mutating func add(_ response: Response, period: Period) {
    let slot = periodSlot(period)
    let block = slot * groupCount + groupIndex(of: response)
    let start = block * layout.width
    let answers = response.answers
    let slots = layout.slots
    // Every offset below lies inside this block: the layout sized it, and option positions are checked.
    counts.withUnsafeMutableBufferPointer { cells in
      answers.withUnsafeBufferPointer { given in
        cells[start] += 1
        for index in slots.indices {
          let question = slots[index]
          let at = start + question.offset
          guard index < given.count else {
            cells[at + TallyLayout.notShown] += 1
            continue
          }
          switch given[index] {
          case .notShown:
            cells[at + TallyLayout.notShown] += 1
          case .skipped:
            cells[at + TallyLayout.skipped] += 1
          case .choice(let position):
            if question.hasOptions, position >= 0, position < question.optionCount {
              cells[at + TallyLayout.answered] += 1
              cells[at + TallyLayout.firstOption + position] += 1
            } else {
              cells[at + TallyLayout.notShown] += 1
            }
          case .choices(let set):
            let bits = set.bits & question.optionMask
            if question.kind == .multiple || (question.hasOneChoice && bits.nonzeroBitCount == 1) {
              if bits == 0 {
                cells[at + TallyLayout.skipped] += 1
              } else {
                cells[at + TallyLayout.answered] += 1
                for position in ChoiceSet(bits: bits) { cells[at + TallyLayout.firstOption + position] += 1 }
              }
            } else {
              cells[at + TallyLayout.notShown] += 1
            }
          case .number(let value):
            let fits = question.kind == .number && value.isFinite
            cells[at + (fits ? TallyLayout.answered : TallyLayout.notShown)] += 1
          case .text:
            cells[at + (question.kind == .text ? TallyLayout.answered : TallyLayout.notShown)] += 1
          }
        }
      }
    }
    let numberStart = block * layout.numberCount
    for index in layout.numberQuestions where index < answers.count {
      if case .number(let value) = answers[index], value.isFinite {
        numbers[numberStart + slots[index].numberIndex].add(value)
      }
    }
  }

  private mutating func periodSlot(_ period: Period) -> Int {
    if period == lastPeriod { return lastSlot }
    let slot: Int
    if let known = periodSlots.firstIndex(of: period) {
      slot = known
    } else {
      slot = periodSlots.count
      periodSlots.append(period)
      counts.append(contentsOf: repeatElement(0, count: groupCount * layout.width))
      numbers.append(contentsOf: repeatElement(NumberSample(), count: groupCount * layout.numberCount))
    }
    lastPeriod = period
    lastSlot = slot
    return slot
  }

  /// The response's group: the position of its attribute value, or the last group, "not stated".
  private func groupIndex(of response: Response) -> Int {
    guard let attributeIndex else { return 0 }
    let notStated = groupCount - 1
    guard attributeIndex < response.attributes.count, let value = response.attributes[attributeIndex] else {
      return notStated
    }
    let values = instrument.respondent.attributes[attributeIndex].values
    for (position, option) in values.enumerated() where option.value == value { return position }
    return values.firstIndex { $0.matches(value) } ?? notStated
  }
}

extension TallyLayout.Slot {
  /// Whether the question takes one option.
  var hasOneChoice: Bool { kind == .single || kind == .scale }
  /// Whether the question is answered from options.
  var hasOptions: Bool { kind == .single || kind == .scale || kind == .multiple }
}

extension Option {
  /// Whether `text` names this option by its value, label or an alias, ignoring case and surrounding spaces.
  func matches(_ text: String) -> Bool {
    let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
    return ([value, label] + aliases).contains { $0.lowercased() == wanted }
  }
}
