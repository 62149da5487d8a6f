import Yams

extension Commitment {
  /// The keys a commitment may have.
  static let yamlKeys = ["id", "promise", "plain", "indicators", "themes", "actions"]

  /// Reads one commitment with its indicators, theme links and actions.
  static func read(_ node: Node, actionIDs: inout IDRegister, reader: DefinitionReader)
    -> (Commitment, (indicators: [IndicatorLines], themes: [ThemeLinkLines]))?
  {
    guard var fields = Fields(node, what: "a commitment", keys: yamlKeys, reader: reader) else { return nil }
    let id = fields.id(noun: "commitment", pattern: .anyText)
    fields.what = id.map { "commitment '\($0)'" } ?? "this commitment"
    let promise = fields.text(
      "promise", required: true, advice: "add a line 'promise: ...' with the promise as written")
    var commitment = Commitment(id: id ?? "", promise: promise ?? "", plain: fields.text("plain"))
    var indicatorLines: [IndicatorLines] = []
    var themeLines: [ThemeLinkLines] = []
    for item in fields.items("indicators") {
      guard let (indicator, lines) = Indicator.read(item, reader: reader) else { continue }
      commitment.indicators.append(indicator)
      indicatorLines.append(lines)
    }
    for item in fields.items("themes") {
      guard let link = Fields(item, what: "a theme link", keys: ["instrument", "question", "theme"], reader: reader)
      else { continue }
      let instrument = link.text("instrument", required: true)
      let question = link.text("question", required: true)
      let theme = link.text("theme", required: true)
      guard let instrument, let question, let theme else { continue }
      commitment.themes.append(ThemeLink(instrument: instrument, question: question, theme: theme))
      themeLines.append(
        ThemeLinkLines(
          instrument: reader.location(of: link.value("instrument")).line,
          question: reader.location(of: link.value("question")).line,
          theme: reader.location(of: link.value("theme")).line))
    }
    for item in fields.items("actions") {
      guard let action = Action.read(item, reader: reader),
        actionIDs.claim(action.id, at: item.mapping?["id"], reader: reader)
      else { continue }
      commitment.actions.append(action)
    }
    guard id != nil, promise != nil else { return nil }
    return (commitment, (indicatorLines, themeLines))
  }
}

extension Indicator {
  /// The keys an indicator may have.
  static let yamlKeys = ["instrument", "question", "positive", "target", "red_below"]

  /// Reads one indicator; its instrument, question and positive values are checked later, against the instruments.
  static func read(_ node: Node, reader: DefinitionReader) -> (Indicator, IndicatorLines)? {
    guard let fields = Fields(node, what: "an indicator", keys: yamlKeys, reader: reader) else { return nil }
    let instrument = fields.text("instrument", required: true)
    let question = fields.text("question", required: true)
    let positive =
      fields.value("positive") == nil
      ? nil : fields.textItems("positive", ifEmpty: "'positive' is empty; list the answers that count as positive")
    let target = percentage("target", fields)
    let redBelow = percentage("red_below", fields)
    if let target, let redBelow, redBelow > target {
      reader.error(
        at: fields.value("red_below"),
        "'red_below' (\(percent(redBelow))) is above 'target' (\(percent(target))); "
          + "it must be no higher than the target")
    }
    guard let instrument, let question, let target, let redBelow else { return nil }
    let indicator = Indicator(
      instrument: instrument, question: question, positive: positive?.map(\.text), target: target,
      redBelow: redBelow)
    let lines = IndicatorLines(
      instrument: reader.location(of: fields.value("instrument")).line,
      question: reader.location(of: fields.value("question")).line,
      positive: (positive ?? []).map { reader.location(of: $0.node).line })
    return (indicator, lines)
  }

  private static func percentage(_ key: String, _ fields: Fields) -> Double? {
    guard let value = fields.number(key, required: true, allowPercent: true) else { return nil }
    guard (0...100).contains(value) else {
      fields.reader.error(
        at: fields.value(key), "'\(key)' must be a percentage from 0 to 100, not \(percent(value))")
      return nil
    }
    return value
  }

  /// A percentage as a person writes it: `90`, `72.5`.
  static func percent(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
