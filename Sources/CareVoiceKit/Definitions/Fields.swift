import Yams

/// One block of `key: value` lines in a definition, read against the keys it may have.
///
/// Creating it reports keys it does not know (with the nearest known one); each accessor
/// reports a missing required key, an empty value, or a value of the wrong shape, and
/// returns nil so that reading goes on and every problem is found in one pass.
struct Fields {
  let reader: DefinitionReader
  let node: Node
  /// How the block is named in messages: `question 'feel_safe'`, `this instrument`.
  var what: String
  private var entries: [String: (key: Node, value: Node)] = [:]

  /// Reads a mapping node; nil (after reporting it) when the node is not a mapping.
  init?(_ node: Node, what: String, keys: [String], reader: DefinitionReader) {
    self.reader = reader
    self.node = node
    self.what = what
    guard case .mapping(let mapping) = node else {
      reader.error(at: node, "\(what) should be a block of 'key: value' lines, not \(DefinitionReader.shape(of: node))")
      return nil
    }
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        reader.error(at: key, "a key in \(what) should be a plain word, not \(DefinitionReader.shape(of: key))")
        continue
      }
      guard keys.contains(scalar.string) else {
        let known = keys.joined(separator: ", ")
        if let nearest = Names.closest(to: scalar.string, among: keys) {
          reader.error(at: key, "unknown key '\(scalar.string)' — did you mean '\(nearest)'?")
        } else {
          reader.error(at: key, "unknown key '\(scalar.string)' — \(what) may have \(known)")
        }
        continue
      }
      entries[scalar.string] = (key, value)
    }
  }

  /// The value node of a key, nil when the key is absent or null.
  func value(_ key: String) -> Node? {
    guard let entry = entries[key], !DefinitionReader.isNull(entry.value) else { return nil }
    return entry.value
  }

  /// The key node itself, for pointing at the line a key is on even when its value is empty.
  func keyNode(_ key: String) -> Node? { entries[key]?.key }

  /// Whether the key is written at all, even with an empty value.
  func has(_ key: String) -> Bool { entries[key] != nil }

  /// Reports a required key that is absent or empty.
  func reportMissing(_ key: String, advice: String? = nil) {
    let fix = advice.map { "; \($0)" } ?? "; add a line '\(key): ...'"
    if let keyNode = keyNode(key) {
      reader.error(at: keyNode, "'\(key)' in \(what) is empty\(fix)")
    } else {
      reader.error(at: node, "\(what) has no '\(key)'\(fix)")
    }
  }

  /// A text value; when `required`, its absence or emptiness is an error.
  func text(_ key: String, required: Bool = false, advice: String? = nil) -> String? {
    guard let value = value(key) else {
      if required { reportMissing(key, advice: advice) }
      return nil
    }
    guard case .scalar(let scalar) = value else {
      reader.error(at: value, "'\(key)' should be text, not \(DefinitionReader.shape(of: value))")
      return nil
    }
    if required, scalar.string.allSatisfy(\.isWhitespace) {
      reportMissing(key, advice: advice)
      return nil
    }
    return scalar.string
  }

  /// The items of a list; absent or null is an empty list, and a single item may stand without brackets.
  ///
  /// With `ifEmpty`, a list written as `[]` is reported with that message.
  func items(_ key: String, required: Bool = false, singleAllowed: Bool = false, ifEmpty: String? = nil) -> [Node] {
    guard let value = value(key) else {
      if required { reportMissing(key) }
      return []
    }
    switch value {
    case .sequence(let sequence):
      if sequence.isEmpty, let ifEmpty { reader.error(at: keyNode(key), ifEmpty) }
      return Array(sequence)
    case .scalar where singleAllowed: return [value]
    default:
      reader.error(at: value, "'\(key)' should be a list, not \(DefinitionReader.shape(of: value))")
      return []
    }
  }

  /// A list of texts, such as aliases; a single text counts as a list of one.
  func texts(_ key: String, required: Bool = false) -> [String] {
    textItems(key, required: required).map(\.text)
  }

  /// A list of texts with the node of each, for pointing at the line of one item.
  func textItems(_ key: String, required: Bool = false, ifEmpty: String? = nil) -> [(text: String, node: Node)] {
    items(key, required: required, singleAllowed: true, ifEmpty: ifEmpty).compactMap { item in
      guard case .scalar(let scalar) = item, !DefinitionReader.isNull(item) else {
        let shape = DefinitionReader.isNull(item) ? "empty" : DefinitionReader.shape(of: item)
        reader.error(at: item, "each item of '\(key)' should be text, not \(shape)")
        return nil
      }
      return (scalar.string, item)
    }
  }

  /// A calendar day written `YYYY-MM-DD`.
  func day(_ key: String, required: Bool = false) -> Day? {
    guard let text = text(key, required: required) else { return nil }
    if text.utf8.count == 10, let day = Day(iso: text) { return day }
    reader.error(at: value(key), DefinitionReader.dateAdvice(key: key, text: text))
    return nil
  }

  /// A number written as decimal text (`90`, `72.5`, and for percentages `90%`).
  func number(_ key: String, required: Bool = false, allowPercent: Bool = false) -> Double? {
    guard let text = text(key, required: required) else { return nil }
    var digits = Substring(text)
    if allowPercent, digits.last == "%" { digits.removeLast() }
    guard let number = DefinitionReader.decimal(String(digits)) else {
      reader.error(at: value(key), "'\(key)' should be a number, not '\(text)'")
      return nil
    }
    return number
  }

  /// A yes/no flag: `true`, `false`, `yes` or `no`, in any case.
  func flag(_ key: String) -> Bool? {
    guard let text = text(key) else { return nil }
    switch text.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      reader.error(at: value(key), "'\(key)' should be true or false, not '\(text)'")
      return nil
    }
  }

  /// One of a fixed set of words, such as a question type; an unknown one is reported with the nearest.
  func choice<Value: RawRepresentable & CaseIterable>(
    _ key: String, _ type: Value.Type, named name: String, required: Bool = false
  ) -> Value? where Value.RawValue == String {
    guard let text = text(key, required: required) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let choices = Value.allCases.map(\.rawValue)
    let nearest = Names.closest(to: text, among: choices)
    let hint = nearest.map { "did you mean '\($0)'?" } ?? "use one of \(choices.joined(separator: ", "))"
    reader.error(at: value(key), "unknown \(name) '\(text)' — \(hint)")
    return nil
  }
}

extension DefinitionReader {
  /// Why a date cannot be read, and how to write it.
  static func dateAdvice(key: String, text: String) -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), parts[0].count == 4 {
      return "'\(key)' is \(text), which is not a real date; check the day and the month"
    }
    let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
    if pieces.count == 3, let d = Int(pieces[0]), let m = Int(pieces[1]), let y = Int(pieces[2]), y >= 1000,
      let day = Day(year: y, month: m, day: d)
    {
      return "'\(key)' should be written YYYY-MM-DD: write \(day) for \(text)"
    }
    return "'\(key)' should be a date written YYYY-MM-DD (like 2025-12-31), not '\(text)'"
  }

  /// A plain decimal number (`-3`, `4.5`, `.5`), never YAML's `.inf`, hex or exponents; nil otherwise.
  static func decimal(_ text: String) -> Double? {
    var digits = 0
    var points = 0
    for (offset, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."): points += 1
      case UInt8(ascii: "-"), UInt8(ascii: "+"): if offset != 0 { return nil }
      default: return nil
      }
    }
    guard digits > 0, points <= 1 else { return nil }
    return Double(text)
  }
}
