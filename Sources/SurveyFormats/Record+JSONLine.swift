import Foundation

extension Record {
  /// The record as one line of JSON: `{"line": N, "fields": {"name": "value", ...}}`, fields in file order.
  ///
  /// A field with several values (a repeated XML element) becomes a JSON array.
  public var jsonLine: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    func quoted(_ string: String) -> String {
      guard let data = try? encoder.encode(string) else { return "\"\"" }
      return String(decoding: data, as: UTF8.self)
    }
    var text = "{\"line\": \(line), \"fields\": {"
    for (position, field) in fields.enumerated() {
      if position > 0 { text += ", " }
      text += quoted(field.name) + ": "
      if field.values.count == 1 {
        text += quoted(field.values[0])
      } else {
        text += "[" + field.values.map(quoted).joined(separator: ", ") + "]"
      }
    }
    return text + "}}"
  }
}
