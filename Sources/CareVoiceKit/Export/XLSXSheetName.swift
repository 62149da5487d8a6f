import Foundation

/// Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no apostrophe at either end, unique.
public enum XLSXSheetName {
  /// `name` made valid: square brackets become round ones, `:` becomes ` -`, `/` and `\\` become `-`,
  /// `*`, `?` and control characters go; it is cut to 31 characters (UTF-16 units, as Excel counts),
  /// and an empty name becomes `fallback` (the reserved "History" gets a word added).
  public static func sanitised(_ name: String, fallback: String = "Sheet") -> String {
    var cleaned = ""
    for scalar in name.unicodeScalars {
      switch scalar {
      case "[": cleaned += "("
      case "]": cleaned += ")"
      case ":": cleaned += " -"
      case "/", "\\": cleaned += "-"
      case "*", "?": continue
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        cleaned.unicodeScalars.append(scalar)
      }
    }
    while cleaned.contains("  ") { cleaned = cleaned.replacingOccurrences(of: "  ", with: " ") }
    cleaned = trimmed(cleaned)
    var cut = ""
    for character in cleaned {
      guard cut.utf16.count + String(character).utf16.count <= 31 else { break }
      cut.append(character)
    }
    cut = trimmed(cut)
    if cut.isEmpty { return fallback }
    if cut.lowercased() == "history" { return cut + " sheet" }
    return cut
  }

  /// Every name sanitised and made unique regardless of case, by adding ` (2)`, ` (3)`… within the 31 characters.
  public static func unique(_ names: [String]) -> [String] {
    var used = Set<String>()
    return names.enumerated().map { index, name in
      let base = sanitised(name, fallback: "Sheet \(index + 1)")
      var candidate = base
      var number = 2
      while used.contains(candidate.lowercased()) {
        let suffix = " (\(number))"
        var shortened = ""
        for character in base {
          guard shortened.utf16.count + String(character).utf16.count + suffix.utf16.count <= 31 else { break }
          shortened.append(character)
        }
        candidate = trimmed(shortened) + suffix
        number += 1
      }
      used.insert(candidate.lowercased())
      return candidate
    }
  }

  /// Without spaces or apostrophes at either end (Excel refuses a name that starts or ends with `'`).
  private static func trimmed(_ name: String) -> String {
    var name = Substring(name)
    while let first = name.first, first == "'" || first.isWhitespace { name = name.dropFirst() }
    while let last = name.last, last == "'" || last.isWhitespace { name = name.dropLast() }
    return String(name)
  }
}
