import Yams

extension Option {
  /// The keys an option may have.
  static let yamlKeys = ["value", "label", "aliases", "positive", "score"]

  /// Reads a list of options (a scale, a question's `options:`, an attribute's `values:`) and checks it.
  ///
  /// An item is a mapping with the keys above or plain text, which is its value. Values
  /// stay text whatever YAML would make of them. Two options with one value, or a label or
  /// alias naming two options, are errors. When every value is a number and an option
  /// has no `score`, its value is its score.
  static func list(_ nodes: [Node], of owner: String, reader: DefinitionReader) -> [Option] {
    var options: [Option] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    for node in nodes {
      guard let option = read(node, reader: reader) else { continue }
      let location = reader.location(of: node)
      if let firstUse = firstLine[option.value] {
        reader.error(
          at: node,
          "option value '\(option.value)' appears twice in \(owner) (first at line \(firstUse)); "
            + "give each option its own value")
        continue
      }
      firstLine[option.value] = location.line
      options.append(option)
      lines.append(location.line)
    }
    reportClashes(options, lines: lines, owner: owner, reader: reader)
    return withNumericScores(options)
  }

  /// One option from a mapping or from plain text.
  private static func read(_ node: Node, reader: DefinitionReader) -> Option? {
    let advice = "write the answer it stands for, in quotes if it is ~ or null"
    if case .scalar(let scalar) = node {
      guard !DefinitionReader.isNull(node), !scalar.string.allSatisfy(\.isWhitespace) else {
        reader.error(at: node, "an option is empty; \(advice)")
        return nil
      }
      return Option(value: scalar.string)
    }
    guard let fields = Fields(node, what: "an option", keys: yamlKeys, reader: reader) else { return nil }
    let value = fields.text("value", required: true, advice: advice)
    let label = fields.text("label")
    let aliases = fields.texts("aliases")
    let isPositive = fields.flag("positive") ?? false
    let score = fields.number("score")
    guard let value else { return nil }
    return Option(value: value, label: label, aliases: aliases, isPositive: isPositive, score: score)
  }

  /// Reports a label or alias that, ignoring case and spaces, names two different options.
  private static func reportClashes(_ options: [Option], lines: [Int], owner: String, reader: DefinitionReader) {
    let index = NameIndex(options.indices.flatMap { position in options[position].names.map { ($0, position) } })
    for clash in index.clashes {
      let oneLine = Set(clash.targets.map { lines[$0] }).count == 1
      let named = clash.targets.map { "'\(options[$0].value)'" + (oneLine ? "" : " (line \(lines[$0]))") }
        .joined(separator: " and ")
      let line = lines[clash.targets[clash.targets.count - 1]]
      reader.error(
        atLine: line, "'\(clash.name)' names two options of \(owner): \(named); keep it on one of them")
    }
  }

  /// The options with their values as scores, when every value is a number.
  private static func withNumericScores(_ options: [Option]) -> [Option] {
    let numbers = options.map { DefinitionReader.decimal($0.value) }
    guard !options.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return options }
    return zip(options, numbers).map { option, number in
      var option = option
      if option.score == nil { option.score = number }
      return option
    }
  }

  /// Every name the option answers to: its value, label and aliases.
  var names: [String] { [value, label] + aliases }
}
