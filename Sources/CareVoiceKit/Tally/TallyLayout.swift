/// Where each question's counters sit in a block of integer cells, so that adding a response only indexes arrays.
///
/// A block holds one period's counts for one breakdown group: cell 0 counts the
/// respondents, then each question has `answered`, `skipped`, `not shown`, and
/// one cell per option.
struct TallyLayout: Sendable, Hashable {
  /// One question's place in the block.
  struct Slot: Sendable, Hashable {
    var kind: Question.Kind
    var offset: Int
    var optionCount: Int
    /// The positions a `multiple` answer may tick.
    var optionMask: UInt64
    /// The question's index among the `number` questions, or -1.
    var numberIndex: Int
  }

  static let answered = 0
  static let skipped = 1
  static let notShown = 2
  static let firstOption = 3

  var slots: [Slot]
  /// Cells per block.
  var width: Int
  var numberCount: Int
  /// The positions of the `number` questions.
  var numberQuestions: [Int]

  init(_ instrument: Instrument) {
    var offset = 1
    var numbers = 0
    slots = instrument.questions.map { question in
      let options = question.hasOptions ? question.options.count : 0
      let mask: UInt64 = options >= 64 ? ~0 : (1 << UInt64(options)) - 1
      let numberIndex = question.type == .number ? numbers : -1
      if question.type == .number { numbers += 1 }
      defer { offset += Self.firstOption + options }
      return Slot(
        kind: question.type, offset: offset, optionCount: options, optionMask: mask, numberIndex: numberIndex)
    }
    width = offset
    numberCount = numbers
    numberQuestions = instrument.questions.indices.filter { instrument.questions[$0].type == .number }
  }
}
