import SurveyFormats
import Yams

/// The spelling an id must follow.
enum IDPattern {
  /// `[a-z0-9-]+`: instruments, codebooks and pledges, which name files.
  case hyphens
  /// `[a-z0-9_]+`: questions, which become column names.
  case underscores
  /// Any text that is not blank: attributes, themes, commitments, actions.
  case anyText

  /// Whether an id follows the pattern.
  func admits(_ id: String) -> Bool {
    switch self {
    case .anyText: return !id.allSatisfy(\.isWhitespace)
    case .hyphens, .underscores:
      return !id.isEmpty
        && id.utf8.allSatisfy { byte in
          (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == separator
        }
    }
  }

  /// The id rewritten to follow the pattern, for the message: `Feel Safe?` becomes `feel_safe`.
  func suggestion(for id: String) -> String {
    var result = ""
    var pendingSeparator = false
    for character in id.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber {
        if pendingSeparator, !result.isEmpty { result.append(Character(UnicodeScalar(separator))) }
        pendingSeparator = false
        result.append(character)
      } else {
        pendingSeparator = true
      }
    }
    return result
  }

  var rule: String {
    switch self {
    case .hyphens: return "lower-case letters, digits and '-'"
    case .underscores: return "lower-case letters, digits and '_'"
    case .anyText: return "any text"
    }
  }

  private var separator: UInt8 { self == .hyphens ? UInt8(ascii: "-") : UInt8(ascii: "_") }
}

extension Fields {
  /// An id that must be present and follow a pattern; reported and nil otherwise.
  func id(_ key: String = "id", noun: String, pattern: IDPattern) -> String? {
    guard let id = text(key, required: true) else { return nil }
    guard pattern.admits(id) else {
      let suggestion = pattern.suggestion(for: id)
      let hint = suggestion.isEmpty ? "" : "; try '\(suggestion)'"
      reader.error(at: value(key), "\(noun) id '\(id)' may hold only \(pattern.rule)\(hint)")
      return nil
    }
    return id
  }
}

/// The ids used so far in one scope, so that a second use is reported with where the first was.
struct IDRegister {
  /// What the ids name, in messages: `question`, `instrument`.
  let noun: String
  private(set) var firstUse: [String: SourceLocation] = [:]

  init(noun: String) {
    self.noun = noun
  }

  /// Records an id; false, after reporting it, when it was used before.
  mutating func claim(_ id: String, at location: SourceLocation, report: (Diagnostic) -> Void) -> Bool {
    guard let first = firstUse[id] else {
      firstUse[id] = location
      return true
    }
    let place = first.file == location.file ? "at line \(first.line)" : "in \(first)"
    report(
      .error(at: location, "\(noun) id '\(id)' is used twice (first \(place)); give each \(noun) its own id"))
    return false
  }

  /// Records an id read from a node of a file.
  mutating func claim(_ id: String, at node: Node?, reader: DefinitionReader) -> Bool {
    claim(id, at: reader.location(of: node)) { reader.error(at: node, $0.message) }
  }
}
