/// Every name an instrument answers to, indexed once per file: headings to questions, answers to options.
struct InstrumentVocabulary: Sendable {
  let instrument: Instrument
  /// Question ids, texts and aliases, and the respondent fields' names.
  let fields: NameIndex<FieldTarget>
  /// Per question, its options' values, labels and aliases (nil for `number` and `text`).
  let options: [NameIndex<Int>?]
  /// Per attribute, its values' values, labels and aliases.
  let attributeValues: [NameIndex<Int>]

  init(_ instrument: Instrument) {
    self.instrument = instrument
    var names: [(name: String, target: FieldTarget)] = []
    for (index, question) in instrument.questions.enumerated() {
      names.append((question.id, .question(index)))
      names.append((question.text, .question(index)))
      names += question.aliases.map { ($0, .question(index)) }
    }
    if let id = instrument.respondent.id { names.append((id, .respondentID)) }
    if let submitted = instrument.respondent.submitted { names.append((submitted, .submitted)) }
    for (index, attribute) in instrument.respondent.attributes.enumerated() {
      names.append((attribute.id, .attribute(index)))
      names.append((attribute.label, .attribute(index)))
    }
    fields = NameIndex(names)
    options = instrument.questions.map { question in
      question.hasOptions ? InstrumentVocabulary.index(question.options) : nil
    }
    attributeValues = instrument.respondent.attributes.map { InstrumentVocabulary.index($0.values) }
  }

  /// The question ids and texts, for suggesting the closest one to an unknown heading.
  var questionNames: [String] {
    instrument.questions.flatMap { [$0.id, $0.text] + $0.aliases }
  }

  /// The name of a field target as an officer would recognise it.
  func describe(_ target: FieldTarget) -> String {
    switch target {
    case .question(let index): return instrument.questions[index].id
    case .respondentID: return "the response id"
    case .submitted: return "the submission date"
    case .attribute(let index): return instrument.respondent.attributes[index].id
    }
  }

  private static func index(_ options: [Option]) -> NameIndex<Int> {
    var names: [(name: String, target: Int)] = []
    for (index, option) in options.enumerated() {
      names.append((option.value, index))
      names.append((option.label, index))
      names += option.aliases.map { ($0, index) }
    }
    return NameIndex(names)
  }
}
