import SurveyFormats

/// Every problem found in a workspace's definitions, thrown when at least one of them is an error.
///
/// Holds the warnings found alongside the errors too, sorted by file and line, so that
/// an officer can fix everything in one pass:
///
///     surveys/instruments/foster-carers.yaml:14: error: unknown key 'postive' — did you mean 'positive'?
///     surveys/pledges/our-pledge.yaml:9: error: unknown instrument 'child-review' — did you mean 'child-reviews'?
public struct DefinitionErrors: Error, Sendable, Hashable, CustomStringConvertible {
  /// The errors and warnings, in file and line order.
  public var diagnostics: [Diagnostic]

  /// Holds these diagnostics.
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// Only the errors.
  public var errors: [Diagnostic] { diagnostics.filter(\.isError) }

  /// One diagnostic a line.
  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}

extension DefinitionErrors {
  /// The value when nothing stops it being used; the warnings go to `warnings`.
  static func check<Value>(_ value: Value?, _ diagnostics: [Diagnostic], warnings: inout [Diagnostic])
    throws(DefinitionErrors) -> Value
  {
    guard let value, !diagnostics.contains(where: \.isError) else { throw DefinitionErrors(diagnostics) }
    warnings += diagnostics
    return value
  }
}
