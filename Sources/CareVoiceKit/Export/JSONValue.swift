/// A JSON document whose objects keep their keys in the order given, for output people read as well as programs.
///
/// Foundation's `JSONEncoder` writes keys in hash order unless told to sort them;
/// reports read better in the order the design documents them.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number; a non-finite one is written as `null`.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([Member])

  /// One key and its value.
  public struct Member: Sendable, Hashable {
    /// The key.
    public var key: String
    /// Its value.
    public var value: JSONValue

    /// A member.
    public init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// An optional number, `null` when nil.
  public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
  /// An optional integer, `null` when nil.
  public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
  /// An optional string, `null` when nil.
  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
  /// An optional Boolean, `null` when nil.
  public static func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }

  /// The document as text: indented by two spaces, with arrays of plain values and flat objects inside arrays
  /// kept on one line; or compact.
  public func text(pretty: Bool = true) -> String {
    var output = ""
    write(to: &output, indent: pretty ? 0 : nil)
    return output
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  /// An object whose values are plain values or arrays of them: short enough for one line.
  private var isFlatObject: Bool {
    guard case .object(let members) = self else { return false }
    return members.allSatisfy { member in
      if case .array(let items) = member.value { return items.allSatisfy(\.isScalar) }
      return member.value.isScalar
    }
  }

  /// Writes on one line with a space after every comma and colon.
  private func writeLine(to output: inout String) {
    switch self {
    case .array(let items):
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += ", " }
        item.writeLine(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += ", " }
        Self.writeString(member.key, to: &output)
        output += ": "
        member.value.writeLine(to: &output)
      }
      output += "}"
    default:
      write(to: &output, indent: nil)
    }
  }

  private func write(to output: inout String, indent: Int?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .number(let value): output += value.isFinite ? "\(value)" : "null"
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      guard let indent, !items.allSatisfy(\.isScalar) else {
        if indent != nil { return writeLine(to: &output) }
        output += "["
        for (index, item) in items.enumerated() {
          if index > 0 { output += "," }
          item.write(to: &output, indent: nil)
        }
        output += "]"
        return
      }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        if item.isFlatObject { item.writeLine(to: &output) } else { item.write(to: &output, indent: indent + 2) }
        output += index < items.count - 1 ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard let indent, !members.isEmpty else {
        output += "{"
        for (index, member) in members.enumerated() {
          if index > 0 { output += "," }
          Self.writeString(member.key, to: &output)
          output += ":"
          member.value.write(to: &output, indent: nil)
        }
        output += "}"
        return
      }
      output += "{\n"
      for (index, member) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        Self.writeString(member.key, to: &output)
        output += ": "
        member.value.write(to: &output, indent: indent + 2)
        output += index < members.count - 1 ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    }
  }

  /// Writes a JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
  private static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}", "\u{2029}": output += "\\u\(String(scalar.value, radix: 16))"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

extension JSONValue: Encodable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Encodes the same document through any `Encoder` (key order then depends on the encoder).
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let members):
      var container = encoder.container(keyedBy: Key.self)
      for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
    case .array(let items):
      var container = encoder.unkeyedContainer()
      for item in items { try container.encode(item) }
    default:
      var container = encoder.singleValueContainer()
      switch self {
      case .bool(let value): try container.encode(value)
      case .int(let value): try container.encode(value)
      case .number(let value) where value.isFinite: try container.encode(value)
      case .string(let value): try container.encode(value)
      default: try container.encodeNil()
      }
    }
  }
}
