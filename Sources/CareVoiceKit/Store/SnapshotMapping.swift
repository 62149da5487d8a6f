/// How answers stored with one version of an instrument read as answers to its current definition.
///
/// Questions and attributes are matched by id, options by `value`. A question added
/// since reads as not shown; a question removed since is not read. An answer the
/// current definition cannot hold — an option removed since, or a question whose type
/// changed so that the answer no longer fits — reads as not shown and is reported as a
/// ``Loss``, so that the figures never change silently (docs/architecture.md, "Store").
///
/// A class, so that a scan hands it from row to row without copying its arrays.
final class SnapshotMapping {
  /// An answer that the current definition cannot hold.
  enum Loss: Hashable {
    /// The stored option at this position is no longer an option of the question.
    case option(Int)
    /// The question's type changed and the stored answer no longer fits it.
    case changedType
  }

  let stored: Instrument
  /// For each stored question, its current position, or nil when it was removed.
  let questions: [Int?]
  /// For each stored question, the current position of each stored option, or nil when it was removed.
  let options: [[Int?]]
  /// For each stored question, the current question's type (meaningless where `questions` is nil).
  let kinds: [Question.Kind]
  /// For each stored attribute, its current position, or nil when it was removed.
  let attributes: [Int?]
  /// For each stored attribute, the values its definition listed.
  let attributeValues: [[String]]
  /// Whether stored and current definitions have the same questions, options and attributes in the same order.
  let isIdentity: Bool

  init(stored: Instrument, current: Instrument) {
    self.stored = stored
    var questions: [Int?] = []
    var options: [[Int?]] = []
    var kinds: [Question.Kind] = []
    for question in stored.questions {
      let position = current.index(ofQuestion: question.id)
      questions.append(position)
      let now = position.map { current.questions[$0] }
      kinds.append(now?.type ?? question.type)
      options.append(
        question.options.map { option in now?.options.firstIndex { $0.value == option.value } })
    }
    self.questions = questions
    self.options = options
    self.kinds = kinds
    attributes = stored.respondent.attributes.map { attribute in
      current.respondent.attributes.firstIndex { $0.id == attribute.id }
    }
    attributeValues = stored.respondent.attributes.map { $0.values.map(\.value) }
    isIdentity =
      stored.questions.map(\.id) == current.questions.map(\.id)
      && stored.questions.map(\.type) == current.questions.map(\.type)
      && stored.questions.map { $0.options.map(\.value) } == current.questions.map { $0.options.map(\.value) }
      && stored.respondent.attributes.map(\.id) == current.respondent.attributes.map(\.id)
  }

  /// The stored answer to stored question `question` as an answer to the current question, and what was lost.
  ///
  /// `words` is the text of a text answer, or nil when the caller did not read texts.
  func answer(_ answer: PackedAnswers.Stored, question: Int, words: String?) -> (Answer, Loss?) {
    if isIdentity {
      switch answer {
      case .notShown: return (.notShown, nil)
      case .skipped: return (.skipped, nil)
      case .text: return (.text(words ?? ""), nil)
      case .number(let value): return (.number(value), nil)
      case .choice(let position): return (.choice(position), nil)
      case .choices(let bits): return (.choices(ChoiceSet(bits: bits)), nil)
      }
    }
    let kind = kinds[question]
    switch answer {
    case .notShown: return (.notShown, nil)
    case .skipped: return (.skipped, nil)
    case .text:
      return kind == .text ? (.text(words ?? ""), nil) : (.notShown, .changedType)
    case .number(let value):
      return kind == .number ? (.number(value), nil) : (.notShown, .changedType)
    case .choice(let position):
      guard kind == .single || kind == .scale || kind == .multiple else { return (.notShown, .changedType) }
      guard let now = currentOption(position, of: question) else { return (.notShown, .option(position)) }
      if kind == .multiple {
        return now < ChoiceSet.capacity ? (.choices(ChoiceSet([now])), nil) : (.notShown, .changedType)
      }
      return (.choice(now), nil)
    case .choices(let bits):
      return choices(bits, question: question, kind: kind)
    }
  }

  private func choices(_ bits: UInt64, question: Int, kind: Question.Kind) -> (Answer, Loss?) {
    var mapped = ChoiceSet()
    var removed: Int?
    for position in ChoiceSet(bits: bits) {
      if let now = currentOption(position, of: question), now < ChoiceSet.capacity {
        mapped.insert(now)
      } else {
        removed = removed ?? position
      }
    }
    let loss = removed.map(Loss.option)
    switch kind {
    case .multiple:
      return mapped.isEmpty ? (.notShown, loss) : (.choices(mapped), loss)
    case .single, .scale:
      guard mapped.count <= 1, removed == nil || mapped.isEmpty else { return (.notShown, .changedType) }
      for position in mapped { return (.choice(position), nil) }
      return (.notShown, loss)
    case .number, .text:
      return (.notShown, .changedType)
    }
  }

  private func currentOption(_ position: Int, of question: Int) -> Int? {
    let map = options[question]
    return position >= 0 && position < map.count ? map[position] : nil
  }
}
