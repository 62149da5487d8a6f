import Foundation
import Testing

@Suite struct ValidateCommandTests {
  static let workspace = Repository.path("surveys")

  static let batches: [(instrument: String, dialect: String)] = [
    ("child-review-8-12", "odk"), ("child-review-8-12", "kobo"), ("child-review-13-plus", "googleforms"),
    ("child-review-13-plus", "msforms"), ("foster-carer-survey", "surveymonkey"),
    ("foster-carer-survey", "qualtrics"), ("cicc-pledge-consultation", "limesurvey"),
    ("cicc-pledge-consultation", "csv"),
  ]

  @Test(
    "passes every bundled batch with no error, naming each dialect",
    arguments: ["child-review-8-12", "child-review-13-plus", "foster-carer-survey", "cicc-pledge-consultation"])
  func bundledBatches(instrument: String) throws {
    let outcome = try CareVoiceProcess.run(
      [
        "validate", Repository.path("surveys/batches/\(instrument)"), "--instrument", instrument, "--workspace",
        Self.workspace,
      ])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.isEmpty)
    let summaries = outcome.standardOutput.split(separator: "\n")
    #expect(summaries.count >= 2)
    #expect(summaries.allSatisfy { $0.contains(" 0 errors, 0 warnings (dialect: ") })
    let dialects = Set(Self.batches.filter { $0.instrument == instrument }.map(\.dialect))
    for dialect in dialects {
      #expect(summaries.contains { $0.hasSuffix("(dialect: \(dialect))") })
    }
  }

  @Test(
    "prints the expected diagnostic for each example with errors",
    arguments: [
      ("carers-surveymonkey-not-a-number.csv", "foster-carer-survey", 65, ":4:12: error: \"about 10\" is not a number"),
      (
        "cicc-duplicate-response-id.csv", "cicc-pledge-consultation", 65,
        ":5: error: response id CICC-26FEB-014 is used again here"
      ),
      (
        "cicc-impossible-date.csv", "cicc-pledge-consultation", 0, ":3: warning: the date \"31/02/2025\" cannot be read"
      ),
      ("cicc-maybe-on-yes-no.csv", "cicc-pledge-consultation", 65, ":4:5: error: \"Maybe\" is not an answer to"),
      (
        "cicc-two-columns-one-question.csv", "cicc-pledge-consultation", 65,
        ":1:7: error: the columns \"knows_social_worker\" and \"Know my worker\" both answer"
      ),
      (
        "cicc-unquoted-comma.csv", "cicc-pledge-consultation", 65,
        ":3:17: error: this row has 17 fields but the header row has 16"
      ),
      (
        "cicc-unterminated-quote.csv", "cicc-pledge-consultation", 65,
        ":3:16: error: this field opens with a double quote"
      ),
      ("cicc-windows-1252.csv", "cicc-pledge-consultation", 0, ":2:16: warning: this file is not UTF-8"),
      (
        "review-13-plus-unknown-column.csv", "child-review-13-plus", 0,
        ":1:4: warning: the column \"Do you feel safe were you live?\" matches no question"
      ),
      ("review-8-12-cut-short.xml", "child-review-8-12", 65, ":19:20: error: the file ends before its XML does"),
    ])
  func examplesWithErrors(file: String, instrument: String, status: Int32, diagnostic: String) throws {
    let path = Repository.path("surveys/examples-with-errors/\(file)")
    let outcome = try CareVoiceProcess.run([
      "validate", path, "--instrument", instrument, "--workspace", Self.workspace,
    ])
    #expect(outcome.status == status)
    #expect(outcome.standardError.hasPrefix(path + diagnostic))
  }

  @Test("exits 64 for an instrument that does not exist, listing the ones there are")
  func unknownInstrument() throws {
    let outcome = try CareVoiceProcess.run(
      ["validate", Repository.path("surveys/batches"), "--instrument", "nope", "--workspace", Self.workspace])
    #expect(outcome.status == 64)
    #expect(outcome.standardError.contains("child-review-8-12"))
  }

  @Test("exits 66 for a file that does not exist")
  func missingFile() throws {
    let outcome = try CareVoiceProcess.run(
      ["validate", "/no/such.csv", "--instrument", "child-review-8-12", "--workspace", Self.workspace])
    #expect(outcome.status == 66)
  }
}
