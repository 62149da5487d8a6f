import Testing

@testable import CareVoiceKit

/// `--format auto`: each dialect recognised from the signature of its first rows.
@Suite struct DialectDetectionTests {
  @Test(
    "recognises a CSV export's dialect from its header rows",
    arguments: [
      ([["Respondent ID", "Collector ID", "Start Date"], ["", "", ""]], Dialect.surveymonkey),
      (
        [
          ["StartDate", "ResponseId", "Q1"], ["Start Date", "Response ID", "Q"],
          [#"{"ImportId":"startDate"}"#, "x", "y"],
        ], .qualtrics
      ),
      ([["ID", "Start time", "Completion time", "Email", "Name", "Q"]], .msforms),
      ([["Timestamp", "Do you feel safe?"]], .googleforms),
      ([["feel_safe", "_id", "_uuid", "_submission_time"]], .kobo),
      ([["id", "submitdate", "lastpage", "startlanguage", "Q1"]], .limesurvey),
      ([["response_id", "feel_safe"]], .csv),
    ])
  func csvSignatures(headers: [[String]], dialect: Dialect) {
    #expect(Dialect.detect(csvHeaders: headers) == dialect)
  }
}
