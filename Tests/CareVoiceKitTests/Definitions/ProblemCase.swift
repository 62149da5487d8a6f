import CareVoiceKit
import SurveyFormats
import Testing

/// One definition with a mistake in it, and exactly what the officer should be told.
struct ProblemCase: Sendable, CustomTestStringConvertible {
  var name: String
  var yaml: String
  var expected: [String]

  init(_ name: String, _ yaml: String, _ expected: String...) {
    self.name = name
    self.yaml = yaml
    self.expected = expected
  }

  var testDescription: String { name }
}

/// The diagnostics a parse throws, as printed; empty when it succeeds.
func problems<Value>(_ parse: () throws(DefinitionErrors) -> Value) -> [String] {
  do {
    _ = try parse()
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}
