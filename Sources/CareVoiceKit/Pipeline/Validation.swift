import SurveyFormats

/// What `carevoice validate` found in one export: its dialect, how many responses, and every diagnostic.
public struct Validation: Sendable {
  public var file: String
  public var dialect: Dialect
  public var responses: Int
  /// Responses with at least one error; `--on-error skip` would leave these out.
  public var responsesWithErrors: Int
  public var diagnostics: [Diagnostic]

  public var errors: Int { diagnostics.filter(\.isError).count }
  public var warnings: Int { diagnostics.count - errors }

  /// Reads a whole export against an instrument, storing nothing.
  ///
  /// A file with no responses at all gets a warning, since `load` stores nothing of it.
  public static func of(
    _ path: String, instrument: Instrument, dialect: Dialect? = nil, delimiter: UInt8? = nil,
    limits: InputLimits = .standard
  ) throws(InputError) -> Validation {
    var source = try ResponseSources.open(
      path, instrument: instrument, dialect: dialect, delimiter: delimiter, limits: limits)
    var responses = 0
    var withErrors = 0
    do {
      try source.forEach { read, _ in
        responses += 1
        if read.hasErrors { withErrors += 1 }
      }
    } catch let error as InputError {
      throw error
    } catch {
      throw .unreadable(.error(at: SourceLocation(file: path, line: 1), "\(error)"))
    }
    var diagnostics = source.diagnostics
    if responses == 0, !diagnostics.contains(where: \.isError) { diagnostics.append(noResponses(in: path)) }
    return Validation(
      file: path, dialect: source.dialect, responses: responses, responsesWithErrors: withErrors,
      diagnostics: diagnostics)
  }

  /// The warning for an export that holds headings but no responses, which `load` does not store.
  static func noResponses(in path: String) -> Diagnostic {
    .warning(
      at: SourceLocation(file: path, line: 1),
      "this file holds no responses, only its headings, so there is nothing to load; check that the survey tool "
        + "exported the responses (not an empty filter or a blank template)")
  }

  /// One line for the officer: `FILE: 120 responses, 0 errors, 2 warnings (dialect: surveymonkey)`.
  public var summary: String {
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(file): \(plural(responses, "response")), \(plural(errors, "error")), "
      + "\(plural(warnings, "warning")) (dialect: \(dialect.rawValue))"
  }
}
