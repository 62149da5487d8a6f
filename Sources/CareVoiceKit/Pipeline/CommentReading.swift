/// Turns the store's text answers into comment batches: numbers periods and groups, marks where respondents start.
struct CommentReading {
  let breakdown: Breakdown
  /// The breakdown attribute's position, for `--by ATTRIBUTE`.
  let attribute: Int?
  /// For each question of the instrument, its position among the coded questions, or -1.
  let slots: [Int]
  let batchSize: Int
  /// Period number `n` is `periods[n]`; every period of a text answer read is here.
  private(set) var periods: [Period] = []
  private(set) var groups: [String?] = []
  private var periodNumbers: [Period: Int] = [:]
  private var groupNumbers: [String?: Int] = [:]
  private var batch = CommentBatch()
  private var responseID = ""
  private var responseNumber = 0
  /// For each coded question, the number of the response whose comment came last.
  private var lastResponse: [Int]
  private var lastPeriod: (period: Period, number: Int)?
  private var lastGroup: (group: String?, number: Int)?
  /// For `--by period`, each period's group number (-1 until seen).
  private var groupOfPeriod: [Int] = []

  init(breakdown: Breakdown, instrument: Instrument, slots: [Int], batchSize: Int) {
    self.breakdown = breakdown
    if case .attribute(let id) = breakdown {
      attribute = instrument.respondent.attributes.firstIndex { $0.id == id }
    } else {
      attribute = nil
    }
    self.slots = slots
    self.batchSize = max(batchSize, 1)
    lastResponse = Array(repeating: -1, count: (slots.max() ?? -1) + 1)
  }

  /// Adds a text answer; returns a full batch when this answer starts a new response and the batch is full.
  mutating func read(_ answer: TextAnswer) -> CommentBatch? {
    var full: CommentBatch?
    if answer.responseID != responseID || responseNumber == 0 {
      responseID = answer.responseID
      responseNumber += 1
      if batch.entries.count >= batchSize { full = remainder() }
    }
    let period = number(of: answer.period)
    let slot = answer.question < slots.count ? slots[answer.question] : -1
    guard slot >= 0 else { return full }
    let group: Int
    switch breakdown {
    case .none: group = number(ofGroup: nil)
    case .period:
      if period >= groupOfPeriod.count {
        groupOfPeriod += Array(repeating: -1, count: period + 1 - groupOfPeriod.count)
      }
      if groupOfPeriod[period] < 0 { groupOfPeriod[period] = number(ofGroup: answer.period.description) }
      group = groupOfPeriod[period]
    case .attribute:
      group = number(ofGroup: attribute.flatMap { $0 < answer.attributes.count ? answer.attributes[$0] : nil })
    }
    let startsRespondent = lastResponse[slot] != responseNumber
    lastResponse[slot] = responseNumber
    batch.append(answer.text, question: slot, period: period, group: group, startsRespondent: startsRespondent)
    return full
  }

  /// The comments read since the last full batch.
  mutating func remainder() -> CommentBatch {
    var next = CommentBatch()
    next.bytes.reserveCapacity(batch.bytes.capacity)
    next.entries.reserveCapacity(batchSize + 8)
    swap(&next, &batch)
    return next
  }

  private mutating func number(of period: Period) -> Int {
    if let last = lastPeriod, last.period == period { return last.number }
    let number = periodNumbers[period] ?? periods.count
    if number == periods.count {
      periods.append(period)
      periodNumbers[period] = number
    }
    lastPeriod = (period, number)
    return number
  }

  private mutating func number(ofGroup group: String?) -> Int {
    if let last = lastGroup, last.group == group { return last.number }
    let number = groupNumbers[group] ?? groups.count
    if number == groups.count {
      groups.append(group)
      groupNumbers[group] = number
    }
    lastGroup = (group, number)
    return number
  }
}
