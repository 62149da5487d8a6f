import SurveyFormats
import Yams

/// Reads the YAML tree of one definition file, collecting every problem with its line.
///
/// The file is composed into `Yams.Node`s rather than decoded, so that each value keeps
/// its line and each scalar its text exactly as written: `yes`, `no`, `on` and `1`
/// stay the strings they look like.
final class DefinitionReader {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  /// Whether any error (not a warning) has been reported.
  var hasErrors: Bool { diagnostics.contains(where: \.isError) }

  /// The number of errors reported so far, to tell whether a part of the file added any.
  var errorCount: Int { diagnostics.count { $0.isError } }

  /// The document's root, or nil after reporting why there is none.
  func root(of yaml: String, emptyAdvice: String) -> Node? {
    do {
      if let node = try Yams.compose(yaml: yaml), !DefinitionReader.isNull(node) { return node }
      error(at: nil, "this file is empty; \(emptyAdvice)")
    } catch let yamlError as YamlError {
      reportSyntax(yamlError)
    } catch {
      self.error(at: nil, "this file cannot be read as YAML (\(error))")
    }
    return nil
  }

  /// Where a node starts in the file; line 1 when it has no mark.
  func location(of node: Node?) -> SourceLocation {
    SourceLocation(file: file, line: node?.mark?.line ?? 1)
  }

  func error(at node: Node?, _ message: String) {
    diagnostics.append(.error(at: location(of: node), message))
  }

  func error(atLine line: Int, _ message: String) {
    diagnostics.append(.error(at: SourceLocation(file: file, line: line), message))
  }

  func warning(at node: Node?, _ message: String) {
    diagnostics.append(.warning(at: location(of: node), message))
  }

  /// The diagnostics in line order (stable, so problems on one line keep the order found).
  var sortedDiagnostics: [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      (lhs.element.location.line, lhs.offset) < (rhs.element.location.line, rhs.offset)
    }.map(\.element)
  }

  private func reportSyntax(_ yamlError: YamlError) {
    let advice = "check the indentation, colons and quotes on this line and the one before"
    switch yamlError {
    case .composer(_, let problem, let mark, _) where problem.contains("another document"):
      error(
        atLine: mark.line,
        "a second YAML document starts here ('---'); keep one instrument, codebook or pledge per file")
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var what = problem
      if let context, context.mark.line != mark.line {
        what += " \(context.text) (from line \(context.mark.line))"
      } else if let context {
        what += " \(context.text)"
      }
      diagnostics.append(
        .error(at: SourceLocation(file: file, line: mark.line), "this is not valid YAML: \(what); \(advice)"))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      diagnostics.append(
        .error(
          at: SourceLocation(file: file, line: context.mark.line),
          "\(keys) appears twice in the same block; keep only one"))
    case .reader(let problem, _, _, _):
      error(at: nil, "this file cannot be read as text (\(problem)); save it again as UTF-8")
    default:
      error(at: nil, "this file cannot be read as YAML (\(yamlError))")
    }
  }

  /// Whether a node is YAML's null: `~`, `null`, or nothing at all after the colon.
  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// How a node's shape is named in a message: text, a list, or a block of keys.
  static func shape(of node: Node) -> String {
    switch node {
    case .scalar: return "text"
    case .sequence: return "a list"
    case .mapping: return "a block of 'key: value' lines"
    case .alias: return "an alias"
    }
  }
}
