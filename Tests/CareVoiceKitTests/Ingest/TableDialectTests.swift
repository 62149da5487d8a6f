import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

/// Each table dialect read from a literal export shaped exactly like the tool's own, value by value.
@Suite struct TableDialectTests {
  typealias F = IngestFixtures

  @Test("reads a generic CSV: headings by id, text, label or alias; values by value, label or alias")
  func genericCSV() throws {
    let path = try F.file(
      "paper-forms.csv",
      """
      response_id,submitted,Age band,Do you feel safe where you live?,activities,social_workers,Q5
      R1,2025-07-01,8-12,Yes,sport;music,2,"I want to see my mum more, every week"
      R2,01/08/2025,13-15,sometimes,,,
      R3,2025-08-02,16-17,N,Youth club;,1,"Line one
      line two"

      """)
    let read = try F.read(path)
    #expect(read.dialect == .csv)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["R1", "R2", "R3"])
    #expect(responses.map(\.location.line) == [2, 3, 4])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-08-01"), F.day("2025-08-02")])
    #expect(responses.map(\.attributes) == [["8-12"], ["13-15"], ["16-17"]])
    #expect(
      responses[0].answers == [
        .choice(0), .choices([0, 1]), .number(2), .text("I want to see my mum more, every week"),
      ])
    #expect(responses[1].answers == [.choice(1), .skipped, .skipped, .skipped])
    #expect(responses[2].answers == [.choice(2), .choices([2]), .number(1), .text("Line one\nline two")])
    #expect(read.responses.allSatisfy { !$0.hasErrors })
  }

  @Test("reads SurveyMonkey's two header rows, label-in-cell ticks and its own id and end date")
  func surveyMonkey() throws {
    let path = try F.file(
      "all-responses.csv",
      """
      Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Do you feel safe where you live?,What do you do in your free time?,,,,,How many social workers have you had?,What would you like to change?\r
      ,,,,,,,,,Response,Sport,Music,Youth club,"Drawing, painting",Other (please specify),Open-Ended Response,Open-Ended Response\r
      114069,4324,07/01/2025 10:22:03 AM,07/02/2025 10:25:11 AM,,,,,,Yes,Sport,,Youth club,,skateboarding,2,More pocket money\r
      114070,4324,07/03/2025 09:00:00 AM,07/03/2025 09:05:00 AM,,,,,,No,,,,,,,\r

      """)
    let read = try F.read(path)
    #expect(read.dialect == .surveymonkey)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["114069", "114070"])
    #expect(responses.map(\.location.line) == [3, 4])
    #expect(responses.map(\.submitted) == [F.day("2025-07-02"), F.day("2025-07-03")])
    #expect(responses[0].answers == [.choice(0), .choices([0, 2]), .number(2), .text("More pocket money")])
    #expect(responses[1].answers == [.choice(2), .skipped, .skipped, .skipped])
  }

  @Test("reads Qualtrics' three header rows, Q_n split columns, numeric recodes and -99")
  func qualtrics() throws {
    let path = try F.file(
      "qualtrics.csv",
      #"""
      StartDate,EndDate,Status,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,Q1,Q3_1,Q3_2,Q3_3,Q3_4,Q4,Q5
      Start Date,End Date,Response Type,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Do you feel safe where you live?,What do you do in your free time? - Sport,What do you do in your free time? - Music,What do you do in your free time? - Youth club,"What do you do in your free time? - Drawing, painting",How many social workers have you had?,What would you like to change?
      "{""ImportId"":""startDate"",""timeZone"":""Europe/London""}","{""ImportId"":""endDate"",""timeZone"":""Europe/London""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""Europe/London""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID3"",""choiceId"":""1""}","{""ImportId"":""QID3"",""choiceId"":""2""}","{""ImportId"":""QID3"",""choiceId"":""3""}","{""ImportId"":""QID3"",""choiceId"":""4""}","{""ImportId"":""QID4_TEXT""}","{""ImportId"":""QID5_TEXT""}"
      2025-07-01 11:13:44,2025-07-01 11:14:18,IP Address,100,34,True,2025-07-01 11:14:19,R_5rYfeErcBsS3nsJ,1,1,,1,,2,Too many changes
      2025-07-02 09:00:00,2025-07-02 09:03:00,IP Address,100,180,True,2025-07-02 09:03:01,R_2abcDEFghi,-99,,,,,,

      """#)
    let read = try F.read(path)
    #expect(read.dialect == .qualtrics)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["R_5rYfeErcBsS3nsJ", "R_2abcDEFghi"])
    #expect(responses.map(\.location.line) == [4, 5])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-02")])
    #expect(responses[0].answers == [.choice(0), .choices([0, 2]), .number(2), .text("Too many changes")])
    #expect(responses[1].answers == [.skipped, .skipped, .skipped, .skipped])
  }

  @Test("reads a Microsoft Forms CSV: its own ID and completion time, answers joined by ; with one trailing")
  func microsoftFormsCSV() throws {
    let path = try F.file(
      "forms.csv",
      """
      ID,Start time,Completion time,Email,Name,Do you feel safe where you live?,What do you do in your free time?,How many social workers have you had?,What would you like to change?
      1,01/07/2025 10:02:11,01/07/2025 10:05:40,anonymous,,Yes,"Sport;Drawing, painting;",2,Nothing
      2,02/07/2025 11:00:00,02/07/2025 11:04:00,anonymous,,No,,,

      """)
    let read = try F.read(path)
    #expect(read.dialect == .msforms)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["1", "2"])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-02")])
    #expect(responses[0].answers == [.choice(0), .choices([0, 3]), .number(2), .text("Nothing")])
    #expect(responses[1].answers == [.choice(2), .skipped, .skipped, .skipped])
  }

  @Test("reads Google Forms: Timestamp day first, checkbox labels holding commas matched longest first")
  func googleForms() throws {
    let path = try F.file(
      "form-responses.csv",
      """
      Timestamp,Do you feel safe where you live?,What do you do in your free time?,How many social workers have you had?,What would you like to change?
      01/07/2025 10:22:03,Yes,"Sport, Drawing, painting, Youth club",2,More say
      13/07/2025 18:00:00,Sometimes,,,

      """)
    let read = try F.read(path)
    #expect(read.dialect == .googleforms)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-13")])
    #expect(responses[0].answers == [.choice(0), .choices([0, 2, 3]), .number(2), .text("More say")])
    #expect(responses[1].answers == [.choice(1), .skipped, .skipped, .skipped])
    // Google Forms writes no response id: each response gets a digest of its values.
    #expect(responses.allSatisfy { $0.id.hasPrefix("sha256:") })
    #expect(responses[0].id != responses[1].id)
  }

  @Test("reads LimeSurvey: BOM, CRLF, answer codes, Q[SQ] ticks holding Y, {question_not_shown}")
  func limeSurvey() throws {
    let text =
      "\u{FEFF}\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"Q1\",\"Q3[SQ001]\",\"Q3[SQ002]\","
      + "\"Q3[SQ003]\",\"Q3[SQ004]\",\"Q3[other]\",\"Q4\",\"Q5\"\r\n"
      + "\"1\",\"2025-07-01 10:22:03\",\"3\",\"en\",\"1234\",\"A1\",\"Y\",\"\",\"\",\"Y\",\"\",\"2\",\"Great staff\"\r\n"
      + "\"2\",,\"1\",\"en\",\"5678\",\"{question_not_shown}\",,,,,,,\r\n"
    let read = try F.read(try F.file("results-survey123456.csv", text))
    #expect(read.dialect == .limesurvey)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["1", "2"])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), nil])
    #expect(responses[0].answers == [.choice(0), .choices([0, 3]), .number(2), .text("Great staff")])
    #expect(responses[1].answers == [.notShown, .skipped, .skipped, .skipped])
  }

  @Test("reads a Kobo CSV: ; separated, group/question names, 0/1 ticks, blank ticks as not shown")
  func kobo() throws {
    let header =
      #""start";"end";"about/feel_safe";"about/age_band";"activities";"activities/sport";"activities/music";"#
      + #""activities/youth_club";"activities/drawing";"social_workers";"change_one";"meta/instanceID";"_id";"_uuid";"#
      + #""_submission_time";"_validation_status";"_notes";"_status";"_submitted_by";"__version__";"_tags";"_index""#
    func row(_ n: Int, _ values: String) -> String {
      "\"2025-07-0\(n)T10:00:00.000+01:00\";\"2025-07-0\(n)T10:06:00.000+01:00\";\(values);\"10\(n)\";\"u\(n)\";"
        + "\"2025-07-0\(n)T09:06:30\";\"\";\"[]\";\"submitted_via_web\";\"\";\"vWv\";\"[]\";\"\(n)\""
    }
    let text = [
      header,
      row(1, #""yes";"8-12";"sport youth_club";"1";"0";"1";"0";"2";"I like it here";"uuid:aaa""#),
      row(2, #""no";"13-15";"";"0";"0";"0";"0";"";"";"uuid:bbb""#),
      row(3, #""sometimes";"16-17";"";"";"";"";"";"3";"";"uuid:ccc""#),
    ].joined(separator: "\n")
    let read = try F.read(try F.file("kobo.csv", text))
    #expect(read.dialect == .kobo)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["uuid:aaa", "uuid:bbb", "uuid:ccc"])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-02"), F.day("2025-07-03")])
    #expect(responses.map(\.attributes) == [["8-12"], ["13-15"], ["16-17"]])
    #expect(responses[0].answers == [.choice(0), .choices([0, 2]), .number(2), .text("I like it here")])
    #expect(responses[1].answers == [.choice(2), .skipped, .skipped, .skipped])
    #expect(responses[2].answers == [.choice(1), .notShown, .number(3), .skipped])
  }
}

extension TableDialectTests {
  @Test("reads a Microsoft Forms XLSX export: real date cells, answers joined by ; with one trailing")
  func microsoftFormsXLSX() throws {
    let url = try #require(
      Bundle.module.url(forResource: "msforms-export", withExtension: "xlsx", subdirectory: "Fixtures/ingest"))
    let read = try F.read(url.path)
    #expect(read.dialect == .msforms)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["1", "2"])
    #expect(responses.map(\.location.line) == [2, 3])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-02")])
    #expect(responses[0].answers == [.choice(0), .choices([0, 3]), .number(2), .text("More time with my sister")])
    #expect(responses[1].answers == [.choice(1), .skipped, .skipped, .skipped])
  }
}

extension TableDialectTests {
  @Test("reads a generic XLSX sheet: a header row, date cells, and an empty cell as a skipped answer")
  func genericXLSX() throws {
    let url = try #require(
      Bundle.module.url(forResource: "paper-forms", withExtension: "xlsx", subdirectory: "Fixtures/ingest"))
    let read = try F.read(url.path)
    #expect(read.dialect == .xlsx)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["P1", "P2"])
    #expect(responses.map(\.submitted) == [F.day("2025-07-01"), F.day("2025-07-02")])
    #expect(responses.map(\.attributes) == [["8-12"], ["13-15"]])
    #expect(responses[0].answers == [.choice(0), .choices([0, 1]), .number(2), .text("More trips out")])
    #expect(responses[1].answers == [.choice(2), .skipped, .skipped, .skipped])
  }
}
