import Foundation

/// The shared string table of a workbook: the text of every `t="s"` cell, by index.
///
/// A string made of formatted runs (`<r><t>...</t></r>`) is the runs' text joined;
/// phonetic guides (`<rPh>`) are left out. Excel's escapes for characters XML cannot
/// hold (`_x000D_` for a carriage return) are undone.
enum SharedStrings {
  /// The strings of the shared strings part at `path`, in order, unpacked and parsed a chunk at a time.
  ///
  /// The strings are refused once they would hold more than `maxBytes` in memory (their UTF-8 bytes
  /// and 16 more for each string): a zip bomb of a few hundred kilobytes can unpack to gigabytes of strings.
  static func read(_ path: String, of package: XLSXPackage, maxBytes: Int) throws(InputError) -> [String] {
    let stream = ZipEntryStream(path: path, limit: package.maxPartBytes, bytes: package.bytes)
    defer { stream.cancel() }
    var strings: [String] = []
    var current = ""
    var inPhonetic = false
    var held = 0
    var isOverBudget = false
    let diagnostics: [Diagnostic]
    do {
      diagnostics = try XMLElementScanner.scan(
        chunks: { () throws(ZipEntryStream.Failure) -> Data? in isOverBudget ? nil : try stream.next() },
        fileName: package.name,
        onStart: { name, _ in
          if name == "si" { current = "" } else if name == "rPh" { inPhonetic = true }
        },
        onEnd: { name, text in
          switch name {
          case "t" where !inPhonetic:
            current += text
            isOverBudget = isOverBudget || held + current.utf8.count > maxBytes
          case "rPh": inPhonetic = false
          case "si":
            let string = unescaped(current)
            held += string.utf8.count + 16
            isOverBudget = isOverBudget || held > maxBytes
            if !isOverBudget { strings.append(string) }
          default: break
          }
        })
    } catch .tooLarge {
      throw package.tooLarge(path)
    } catch {
      throw package.damaged(path)
    }
    if isOverBudget { throw tooMuchText(path, in: package.name, maxBytes: maxBytes) }
    if let error = diagnostics.first(where: \.isError) { throw .unreadable(error) }
    return strings
  }

  /// The refusal of shared strings that would take more than `maxBytes` to hold.
  static func tooMuchText(_ path: String, in file: String, maxBytes: Int) -> InputError {
    .unreadable(
      .error(
        at: SourceLocation(file: file, line: 1),
        "this workbook's shared text (\(path)) holds more than \(maxBytes >> 20) MB; no survey export is that"
          + " big, and files built to exhaust memory look like this, so carevoice does not read it — export the"
          + " responses again"))
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
