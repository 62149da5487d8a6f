import SurveyFormats
import Testing

@Suite struct DiagnosticTests {
  @Test("prints FILE:LINE:COLUMN: severity: message")
  func printsPositionSeverityAndMessage() {
    let error = Diagnostic.error(at: SourceLocation(file: "q1.csv", line: 14, column: 3), "bad")
    let warning = Diagnostic.warning(at: SourceLocation(file: "q1.csv", line: 2), "odd")
    #expect(error.description == "q1.csv:14:3: error: bad")
    #expect(warning.description == "q1.csv:2: warning: odd")
    #expect(error.isError && !warning.isError)
  }
}
