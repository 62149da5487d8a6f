import SurveyFormats
import Yams

extension Instrument {
  /// The keys an instrument file may have at its top level.
  static let yamlKeys = ["id", "title", "kind", "separator", "respondent", "scales", "questions"]

  /// Reads an instrument from the text of its YAML file, throwing every error found.
  ///
  /// ``version`` is the first 16 hex digits of the SHA-256 of the text's UTF-8 bytes, which
  /// are the file's bytes. Warnings, if any, are dropped; use
  /// ``parse(yaml:file:warnings:)`` to keep them.
  public static func parse(yaml: String, file: String) throws(DefinitionErrors) -> Instrument {
    var warnings: [Diagnostic] = []
    return try parse(yaml: yaml, file: file, warnings: &warnings)
  }

  /// Reads an instrument, throwing every error found and adding any warnings to `warnings`.
  public static func parse(yaml: String, file: String, warnings: inout [Diagnostic]) throws(DefinitionErrors)
    -> Instrument
  {
    let source = read(yaml: yaml, file: file)
    return try DefinitionErrors.check(source.instrument, source.diagnostics, warnings: &warnings)
  }

  /// Reads an instrument file without throwing: the instrument as far as it could be read, and the problems.
  static func read(yaml: String, file: String) -> InstrumentSource {
    let reader = DefinitionReader(file: file)
    var source = InstrumentSource(file: file)
    read(yaml, into: &source, reader: reader)
    source.diagnostics = reader.sortedDiagnostics
    return source
  }

  private static func read(_ yaml: String, into source: inout InstrumentSource, reader: DefinitionReader) {
    let advice = "an instrument starts with 'id:', 'title:' and 'questions:'"
    guard let root = reader.root(of: yaml, emptyAdvice: advice),
      var fields = Fields(root, what: "this instrument", keys: yamlKeys, reader: reader)
    else { return }
    let id = fields.id(noun: "instrument", pattern: .hyphens)
    source.idLine = reader.location(of: fields.value("id") ?? root).line
    source.id = id
    if let id { fields.what = "instrument '\(id)'" }
    let title = fields.text("title", required: true, advice: "add a line 'title: ...' with the survey's name")
    let kind = fields.choice("kind", Kind.self, named: "kind")
    let separator = fields.text("separator")
    if separator == "" {
      reader.error(at: fields.keyNode("separator"), "'separator' is empty; write the character, such as ';' or '|'")
    }
    let respondent = readRespondent(fields, reader: reader)
    let (scales, scaleNames) = readScales(fields, reader: reader)
    var questions: [Question] = []
    var questionLines: [Int] = []
    var questionIDs = IDRegister(noun: "question")
    let questionNodes = fields.items(
      "questions", required: true, ifEmpty: "this instrument has no questions; list them under 'questions:'")
    for node in questionNodes {
      guard let question = Question.read(node, scales: scales, scaleNames: scaleNames, reader: reader) else { continue }
      let idNode = node.mapping?["id"]
      guard questionIDs.claim(question.id, at: idNode, reader: reader) else { continue }
      if question.codebook != nil {
        source.codebookLines[questions.count] = reader.location(of: node.mapping?["codebook"]).line
      }
      questions.append(question)
      questionLines.append(reader.location(of: idNode ?? node).line)
    }
    reportSharedNames(questions, lines: questionLines, reader: reader)
    let version = String(SHA256.hex(SHA256.hash(yaml)).prefix(16))
    source.instrument = Instrument(
      id: id ?? "", title: title ?? "", kind: kind ?? .other, respondent: respondent, questions: questions,
      separator: separator.flatMap { $0.isEmpty ? nil : $0 } ?? ";", version: version)
  }

  /// Reports a text or alias that, ignoring case and spaces, names two questions: a column could not tell them apart.
  private static func reportSharedNames(_ questions: [Question], lines: [Int], reader: DefinitionReader) {
    let index = NameIndex(
      questions.indices.flatMap { position in
        ([questions[position].id, questions[position].text] + questions[position].aliases).map { ($0, position) }
      })
    for clash in index.clashes {
      let named = clash.targets.map { "'\(questions[$0].id)' (line \(lines[$0]))" }.joined(separator: " and ")
      reader.error(
        atLine: lines[clash.targets[clash.targets.count - 1]],
        "'\(clash.name)' names two questions, \(named); a column with that heading could not be matched — "
          + "keep it on one of them")
    }
  }

  private static func readRespondent(_ fields: Fields, reader: DefinitionReader) -> RespondentFields {
    guard let node = fields.value("respondent"),
      let respondent = Fields(node, what: "'respondent'", keys: ["id", "submitted", "attributes"], reader: reader)
    else { return RespondentFields() }
    var attributes: [Attribute] = []
    var attributeIDs = IDRegister(noun: "attribute")
    for item in respondent.items("attributes") {
      guard var attribute = Fields(item, what: "an attribute", keys: ["id", "label", "values"], reader: reader)
      else { continue }
      let id = attribute.id(noun: "attribute", pattern: .anyText)
      attribute.what = id.map { "attribute '\($0)'" } ?? "this attribute"
      let label = attribute.text("label")
      let valueNodes = attribute.items(
        "values", required: true, ifEmpty: "\(attribute.what) has no values; list the values it may take")
      let values = Option.list(valueNodes, of: attribute.what, reader: reader)
      guard let id, attributeIDs.claim(id, at: attribute.value("id"), reader: reader) else { continue }
      attributes.append(Attribute(id: id, label: label ?? id, values: values))
    }
    return RespondentFields(
      id: respondent.text("id"), submitted: respondent.text("submitted"), attributes: attributes)
  }

  private static func readScales(_ fields: Fields, reader: DefinitionReader) -> ([String: [Option]], [String]) {
    guard let node = fields.value("scales") else { return ([:], []) }
    guard case .mapping(let mapping) = node else {
      reader.error(
        at: node,
        "'scales' should be a block of named lists of options, not \(DefinitionReader.shape(of: node))")
      return ([:], [])
    }
    var scales: [String: [Option]] = [:]
    var names: [String] = []
    for (key, value) in mapping {
      guard case .scalar(let name) = key else {
        reader.error(at: key, "a scale's name should be text, not \(DefinitionReader.shape(of: key))")
        continue
      }
      names.append(name.string)
      scales[name.string] = []
      guard case .sequence(let items) = value, !items.isEmpty else {
        let empty = DefinitionReader.isNull(value) || value.sequence?.isEmpty == true
        reader.error(
          at: key,
          empty
            ? "scale '\(name.string)' has no options; list them under its name"
            : "scale '\(name.string)' should be a list of options, not \(DefinitionReader.shape(of: value))")
        continue
      }
      scales[name.string] = Option.list(Array(items), of: "scale '\(name.string)'", reader: reader)
    }
    return (scales, names)
  }
}

/// An instrument file as read, with the lines the cross-file checks point at.
struct InstrumentSource {
  var file: String
  var instrument: Instrument?
  /// The id as written, when it could be read.
  var id: String?
  var idLine = 1
  /// The line of each question's `codebook:`, by question position.
  var codebookLines: [Int: Int] = [:]
  var diagnostics: [Diagnostic] = []

  /// Whether the file had no error, so that checks against it can go deeper.
  var isComplete: Bool { instrument != nil && !diagnostics.contains(where: \.isError) }
}
