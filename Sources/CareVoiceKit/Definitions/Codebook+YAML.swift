import SurveyFormats
import Yams

extension Codebook {
  /// The keys a codebook file may have at its top level.
  static let yamlKeys = ["id", "title", "themes"]

  /// Reads a codebook from the text of its YAML file, throwing every error found.
  public static func parse(yaml: String, file: String) throws(DefinitionErrors) -> Codebook {
    var warnings: [Diagnostic] = []
    return try parse(yaml: yaml, file: file, warnings: &warnings)
  }

  /// Reads a codebook, throwing every error found and adding any warnings to `warnings`.
  public static func parse(yaml: String, file: String, warnings: inout [Diagnostic]) throws(DefinitionErrors)
    -> Codebook
  {
    let source = read(yaml: yaml, file: file)
    return try DefinitionErrors.check(source.codebook, source.diagnostics, warnings: &warnings)
  }

  /// Reads a codebook file without throwing: the codebook as far as it could be read, and the problems.
  static func read(yaml: String, file: String) -> CodebookSource {
    let reader = DefinitionReader(file: file)
    var source = CodebookSource(file: file)
    read(yaml, into: &source, reader: reader)
    source.diagnostics = reader.sortedDiagnostics
    return source
  }

  private static func read(_ yaml: String, into source: inout CodebookSource, reader: DefinitionReader) {
    guard let root = reader.root(of: yaml, emptyAdvice: "a codebook starts with 'id:' and 'themes:'"),
      let fields = Fields(root, what: "this codebook", keys: yamlKeys, reader: reader)
    else { return }
    let id = fields.id(noun: "codebook", pattern: .hyphens)
    source.id = id
    source.idLine = reader.location(of: fields.value("id") ?? root).line
    let title = fields.text("title")
    let themeNodes = fields.items(
      "themes", required: true, ifEmpty: "this codebook has no themes; list them under 'themes:'")
    var themes: [Theme] = []
    var nodes: [Node] = []
    var themeIDs = IDRegister(noun: "theme")
    for node in themeNodes {
      guard let theme = Theme.read(node, reader: reader),
        themeIDs.claim(theme.id, at: node.mapping?["id"], reader: reader)
      else { continue }
      themes.append(theme)
      nodes.append(node)
    }
    checkParents(themes, nodes: nodes, reader: reader)
    source.codebook = Codebook(id: id ?? "", title: title, themes: themes)
  }

  /// Reports a parent that is no theme of the codebook, and parents that lead round in a circle.
  private static func checkParents(_ themes: [Theme], nodes: [Node], reader: DefinitionReader) {
    let ids = themes.map(\.id)
    let parents = Dictionary(themes.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
    var reportedCycles: Set<String> = []
    for (theme, node) in zip(themes, nodes) {
      guard let parent = theme.parent else { continue }
      let parentNode = node.mapping?["parent"]
      guard parents[parent] != nil else {
        let hint =
          Names.closest(to: parent, among: ids).map { "did you mean '\($0)'?" }
          ?? "the themes are \(ids.joined(separator: ", "))"
        reader.error(at: parentNode, "unknown parent theme '\(parent)' — \(hint)")
        continue
      }
      var path = [theme.id]
      var current: String? = parent
      while let next = current, !path.contains(next) {
        path.append(next)
        current = parents[next] ?? nil
      }
      guard let repeated = current, repeated == theme.id, !reportedCycles.contains(theme.id) else { continue }
      reportedCycles.formUnion(path)
      let circle = (path + [repeated]).joined(separator: " → ")
      reader.error(
        at: parentNode,
        path.count == 1
          ? "theme '\(theme.id)' names itself as its parent; remove 'parent:' or name another theme"
          : "the parents of theme '\(theme.id)' lead round in a circle (\(circle)); one of them must have no parent")
    }
  }
}

extension Theme {
  /// The keys a theme may have.
  static let yamlKeys = ["id", "label", "match", "exclude", "parent", "negated"]

  /// Reads one theme; nil, after reporting why, when it has no usable id, label or match list.
  static func read(_ node: Node, reader: DefinitionReader) -> Theme? {
    guard var fields = Fields(node, what: "a theme", keys: yamlKeys, reader: reader) else { return nil }
    let id = fields.id(noun: "theme", pattern: .anyText)
    fields.what = id.map { "theme '\($0)'" } ?? "this theme"
    let label = fields.text("label", required: true, advice: "add a line 'label: ...' with the theme's name")
    let matchItems = fields.textItems(
      "match", required: true,
      ifEmpty: "\(fields.what) has an empty 'match' list; add the words or phrases that signal it")
    for (phrase, itemNode) in matchItems where phrase.allSatisfy({ $0.isWhitespace || $0 == "*" }) {
      reader.error(at: itemNode, "an empty phrase in 'match' would code every comment; remove it")
    }
    let match = matchItems.map(\.text)
    let exclude = fields.texts("exclude")
    let parent = fields.text("parent")
    let negated = fields.choice("negated", Negation.self, named: "'negated' setting")
    guard let id, let label, !match.isEmpty else { return nil }
    return Theme(id: id, label: label, parent: parent, match: match, exclude: exclude, negated: negated ?? .apart)
  }
}

/// A codebook file as read, with the line of its id for cross-file checks.
struct CodebookSource {
  var file: String
  var codebook: Codebook?
  var id: String?
  var idLine = 1
  var diagnostics: [Diagnostic] = []

  /// Whether the file had no error, so that checks against it can go deeper.
  var isComplete: Bool { codebook != nil && !diagnostics.contains(where: \.isError) }
}
