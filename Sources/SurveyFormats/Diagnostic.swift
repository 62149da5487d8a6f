/// One problem found in an input, printed on one line as `FILE:LINE[:COLUMN]: error|warning: MESSAGE`.
///
/// The message is advice for a participation officer: what is wrong, and what
/// would fix it.
///
///     surveys/q1.csv:14:3: error: this row has 12 fields but the header has 10;
///     a comment probably holds a comma without quotes round it
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Whether the problem stops the input being used (`error`) or is only worth knowing (`warning`).
  public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  public var isError: Bool { severity == .error }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
