import Yams

extension Question {
  /// The keys a question may have.
  static let yamlKeys = ["id", "text", "type", "scale", "options", "positive", "theme", "aliases", "codebook"]

  /// Reads one question, taking its options from a named scale or from `options:`.
  ///
  /// A question's own `positive:` list (option values, labels or aliases) overrides
  /// which options the scale marks positive, for a question where "yes" is the worrying
  /// answer ("Are you worried about anything?").
  static func read(_ node: Node, scales: [String: [Option]], scaleNames: [String], reader: DefinitionReader)
    -> Question?
  {
    guard var fields = Fields(node, what: "a question", keys: yamlKeys, reader: reader) else { return nil }
    let id = fields.id(noun: "question", pattern: .underscores)
    fields.what = id.map { "question '\($0)'" } ?? "this question"
    let text = fields.text(
      "text", required: true, advice: "add a line 'text: ...' with the question as the form asks it")
    let type = fields.choice("type", Kind.self, named: "question type", required: true)
    var question = Question(
      id: id ?? "", text: text ?? "", type: type ?? .single, theme: fields.text("theme"),
      aliases: fields.texts("aliases"), codebook: fields.text("codebook"))
    question.readOptions(fields, type: type, scales: scales, scaleNames: scaleNames)
    if question.codebook != nil, let type, type != .text {
      reader.error(
        at: fields.value("codebook"),
        "only a 'text' question can have a 'codebook'; remove it or make \(fields.what) type: text")
    }
    guard id != nil, text != nil, type != nil else { return nil }
    return question
  }

  private mutating func readOptions(
    _ fields: Fields, type: Kind?, scales: [String: [Option]], scaleNames: [String]
  ) {
    let reader = fields.reader
    let what = fields.what
    let scaleName = fields.text("scale")
    let optionNodes = fields.value("options").map { _ in fields.items("options") }
    if let type, type == .number || type == .text {
      for key in ["scale", "options", "positive"] where fields.value(key) != nil {
        reader.error(
          at: fields.keyNode(key),
          "\(what) is a '\(type.rawValue)' question, so it cannot have '\(key)'; remove it or change the question's type"
        )
      }
      return
    }
    if scaleName != nil, optionNodes != nil {
      reader.error(at: fields.keyNode("options"), "\(what) has both 'scale' and 'options'; keep one of them")
      return
    }
    if let scaleName {
      guard let options = scales[scaleName] else {
        reader.error(at: fields.value("scale"), Self.unknownScale(scaleName, among: scaleNames))
        return
      }
      self.scale = scaleName
      self.options = options
    } else if let optionNodes {
      options = Option.list(optionNodes, of: what, reader: reader)
    }
    guard let type else { return }
    if options.isEmpty {
      if scaleName == nil, optionNodes?.isEmpty ?? true {
        reader.error(
          at: fields.node,
          "\(what) is a '\(type.rawValue)' question but has no answers to choose from; "
            + "add 'scale:' naming one of the instrument's scales, or 'options:'")
      }
      return
    }
    if type == .multiple, options.count > ChoiceSet.capacity {
      reader.error(
        at: fields.node,
        "\(what) has \(options.count) options, but a 'multiple' question may have at most "
          + "\(ChoiceSet.capacity); split it into two questions")
    }
    readPositive(fields)
  }

  /// Applies the question's own `positive:` list over the scale's marks.
  private mutating func readPositive(_ fields: Fields) {
    guard fields.value("positive") != nil else { return }
    let index = NameIndex(options.indices.flatMap { position in options[position].names.map { ($0, position) } })
    var positive = ChoiceSet()
    for (name, node) in fields.textItems("positive") {
      guard let position = index.match(name).target else {
        fields.reader.error(at: node, Self.notAnOption(name, of: fields.what, options: options))
        continue
      }
      positive.insert(position)
    }
    for position in options.indices { options[position].isPositive = positive.contains(position) }
  }

  static func unknownScale(_ name: String, among scaleNames: [String]) -> String {
    if let nearest = Names.closest(to: name, among: scaleNames) {
      return "unknown scale '\(name)' — did you mean '\(nearest)'?"
    }
    if scaleNames.isEmpty {
      return
        "unknown scale '\(name)' — this instrument has no 'scales:'; add the scale there, or give the question 'options:'"
    }
    return "unknown scale '\(name)' — the scales are \(scaleNames.joined(separator: ", "))"
  }

  /// The message for a `positive` value that is none of a question's options.
  static func notAnOption(_ name: String, of what: String, options: [Option]) -> String {
    "'\(name)' in 'positive' is not an option of \(what); its options are "
      + options.map(\.value).joined(separator: ", ")
  }
}
