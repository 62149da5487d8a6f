import Foundation

/// The shared string table of a workbook: the text of every `t="s"` cell, by index.
///
/// A string made of formatted runs (`<r><t>...</t></r>`) is the runs' text joined;
/// phonetic guides (`<rPh>`) are left out. Excel's escapes for characters XML cannot
/// hold (`_x000D_` for a carriage return) are undone.
enum SharedStrings {
  /// The strings of a shared strings part, in order.
  static func read(_ data: Data, fileName: String) throws(InputError) -> [String] {
    var strings: [String] = []
    var current = ""
    var inPhonetic = false
    let diagnostics = XMLElementScanner.scan(
      data, fileName: fileName,
      onStart: { name, _ in
        if name == "si" { current = "" } else if name == "rPh" { inPhonetic = true }
      },
      onEnd: { name, text in
        switch name {
        case "t" where !inPhonetic: current += text
        case "rPh": inPhonetic = false
        case "si": strings.append(unescaped(current))
        default: break
        }
      })
    if let error = diagnostics.first(where: \.isError) { throw .unreadable(error) }
    return strings
  }

  /// `text` with every `_xHHHH_` escape replaced by the character it stands for.
  static func unescaped(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      result += rest[..<start.lowerBound]
      let hex = rest[start.upperBound...].prefix(5)
      if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        result.unicodeScalars.append(scalar)
        rest = rest[hex.endIndex...]
      } else {
        result += "_x"
        rest = rest[start.upperBound...]
      }
    }
    return result + rest
  }
}
