import SurveyFormats
import Yams

extension Pledge {
  /// The keys a pledge file may have at its top level.
  static let yamlKeys = ["id", "title", "minimum_base", "commitments"]

  /// Reads a Pledge from the text of its YAML file, throwing every error found; warnings are dropped.
  ///
  /// Checks that need other files (that an indicator's instrument and question exist) run
  /// only in ``Workspace/load(from:)``.
  public static func parse(yaml: String, file: String) throws(DefinitionErrors) -> Pledge {
    var warnings: [Diagnostic] = []
    return try parse(yaml: yaml, file: file, warnings: &warnings)
  }

  /// Reads a Pledge, throwing every error found and adding any warnings to `warnings`.
  public static func parse(yaml: String, file: String, warnings: inout [Diagnostic]) throws(DefinitionErrors)
    -> Pledge
  {
    let source = read(yaml: yaml, file: file)
    return try DefinitionErrors.check(source.pledge, source.diagnostics, warnings: &warnings)
  }

  /// Reads a pledge file without throwing: the Pledge as far as it could be read, and the problems.
  static func read(yaml: String, file: String) -> PledgeSource {
    let reader = DefinitionReader(file: file)
    var source = PledgeSource(file: file)
    read(yaml, into: &source, reader: reader)
    source.diagnostics = reader.sortedDiagnostics
    return source
  }

  private static func read(_ yaml: String, into source: inout PledgeSource, reader: DefinitionReader) {
    let advice = "a pledge starts with 'id:', 'title:' and 'commitments:'"
    guard let root = reader.root(of: yaml, emptyAdvice: advice),
      let fields = Fields(root, what: "this pledge", keys: yamlKeys, reader: reader)
    else { return }
    let id = fields.id(noun: "pledge", pattern: .hyphens)
    source.id = id
    source.idLine = reader.location(of: fields.value("id") ?? root).line
    let title = fields.text("title", required: true, advice: "add a line 'title: ...' with the Pledge's name")
    let minimumBase = readMinimumBase(fields)
    var commitments: [Commitment] = []
    var commitmentIDs = IDRegister(noun: "commitment")
    var actionIDs = IDRegister(noun: "action")
    for node in fields.items("commitments", required: true) {
      guard let (commitment, lines) = Commitment.read(node, actionIDs: &actionIDs, reader: reader),
        commitmentIDs.claim(commitment.id, at: node.mapping?["id"], reader: reader)
      else { continue }
      commitments.append(commitment)
      source.indicatorLines.append(lines.indicators)
      source.themeLinkLines.append(lines.themes)
    }
    source.pledge = Pledge(id: id ?? "", title: title ?? "", minimumBase: minimumBase ?? 10, commitments: commitments)
  }

  private static func readMinimumBase(_ fields: Fields) -> Int? {
    guard let text = fields.text("minimum_base") else { return nil }
    guard let number = Int(text), number >= 1, text.allSatisfy(\.isASCII) else {
      fields.reader.error(
        at: fields.value("minimum_base"), "'minimum_base' must be a whole number of 1 or more, not '\(text)'")
      return nil
    }
    return number
  }
}

/// A pledge file as read, with the lines the cross-file checks point at.
struct PledgeSource {
  var file: String
  var pledge: Pledge?
  var id: String?
  var idLine = 1
  /// For each commitment kept, the lines of each indicator's parts.
  var indicatorLines: [[IndicatorLines]] = []
  /// For each commitment kept, the lines of each theme link's parts.
  var themeLinkLines: [[ThemeLinkLines]] = []
  var diagnostics: [Diagnostic] = []
}

/// Where an indicator's instrument, question and positive values were written.
struct IndicatorLines {
  var instrument: Int
  var question: Int
  var positive: [Int]
}

/// Where a theme link's instrument, question and theme were written.
struct ThemeLinkLines {
  var instrument: Int
  var question: Int
  var theme: Int
}
