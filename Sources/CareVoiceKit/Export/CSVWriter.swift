import Foundation

/// Writes CSV text by RFC 4180, with text cells neutralised against spreadsheet formula injection.
///
/// Fields holding a comma, a quote or a line break are quoted, quotes doubled,
/// and records end with CRLF. A text cell beginning with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is written with a `'` in front, so Excel and LibreOffice
/// show it as text rather than run it as a formula; numbers are written as they
/// are, so `-3.5` stays a number.
public struct CSVWriter: Sendable {
  /// One cell of a record.
  public enum Field: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case integer(Int)
    case number(Double)
    case empty

    /// A text cell.
    public init(stringLiteral value: String) { self = .text(value) }

    /// An optional integer; empty when nil.
    public static func integer(_ value: Int?) -> Field { value.map { .integer($0) } ?? .empty }
    /// An optional number; empty when nil or not finite.
    public static func number(_ value: Double?) -> Field { value.map { .number($0) } ?? .empty }
  }

  /// The CSV written so far.
  public private(set) var text: String

  /// A writer, starting with a UTF-8 byte order mark when asked (Excel then reads the file as UTF-8).
  public init(byteOrderMark: Bool = false) {
    text = byteOrderMark ? "\u{FEFF}" : ""
  }

  /// Appends one record.
  public mutating func write(_ fields: [Field]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { text += "," }
      text += Self.cell(field)
    }
    text += "\r\n"
  }

  /// The text of one cell, quoted and neutralised as needed.
  public static func cell(_ field: Field) -> String {
    switch field {
    case .empty: return ""
    case .integer(let value): return String(value)
    case .number(let value): return value.isFinite ? "\(value)" : ""
    case .text(let value):
      var value = value
      if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
      guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
        return value
      }
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}
