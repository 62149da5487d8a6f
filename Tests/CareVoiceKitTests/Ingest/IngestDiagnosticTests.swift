import CareVoiceKit
import SurveyFormats
import Testing

/// Every kind of data diagnostic an adapter gives: its text, and the file, line, column, heading and response it names.
@Suite struct IngestDiagnosticTests {
  typealias F = IngestFixtures

  func diagnostics(_ csv: String) throws -> (path: String, diagnostics: [String], errors: [Bool]) {
    let path = try F.file("batch.csv", csv)
    let read = try F.read(path, dialect: .csv)
    return (path, read.diagnostics.map(\.description), read.responses.map(\.hasErrors))
  }

  @Test("warns once about an unknown column, naming the closest question")
  func unknownColumn() throws {
    let result = try diagnostics(
      "response_id,Do you feel safe were you live?,social_workers\nR1,Yes,1\nR2,No,2\n")
    #expect(
      result.diagnostics == [
        "\(result.path):1:2: warning: the column \"Do you feel safe were you live?\" matches no question of "
          + "child-review and is left out; the closest question is \"Do you feel safe where you live?\" — if it is "
          + "the same question, add the heading to its aliases"
      ])
    #expect(result.errors == [false, false])
  }

  @Test("an answer that matches no option is an error naming the answers allowed and the closest one")
  func unknownOption() throws {
    let result = try diagnostics("response_id,feel_safe\nR1,Yes\nR2,Yess\n")
    #expect(
      result.diagnostics == [
        "\(result.path):3:2: error: \"Yess\" is not an answer to \"Do you feel safe where you live?\" (feel_safe); "
          + "the answers are Yes, Sometimes, No; did you mean \"Yes\"? (column \"feel_safe\", response R2)"
      ])
    #expect(result.errors == [false, true])
  }

  @Test("a number that is not a number is an error")
  func notANumber() throws {
    let result = try diagnostics("response_id,social_workers\nR1,about 3\nR2,inf\n")
    #expect(
      result.diagnostics == [
        "\(result.path):2:2: error: \"about 3\" is not a number, and social_workers asks for one; write digits "
          + "only, such as 3 or 2.5 (column \"social_workers\", response R1)",
        "\(result.path):3:2: error: \"inf\" is not a number, and social_workers asks for one; write digits "
          + "only, such as 3 or 2.5 (column \"social_workers\", response R2)",
      ])
  }

  @Test("a response id used twice in one file is an error naming the first line")
  func duplicateID() throws {
    let result = try diagnostics("response_id,feel_safe\nR1,Yes\nR2,No\nR1,No\n")
    #expect(
      result.diagnostics == [
        "\(result.path):4: error: response id R1 is used again here; it was first used on line 2. Each response "
          + "needs its own id — remove the repeated row, or correct its id"
      ])
    #expect(result.errors == [false, false, true])
  }

  @Test("a date that cannot be read is a warning, and the response keeps no date")
  func unreadableDate() throws {
    let path = try F.file("batch.csv", "response_id,submitted,feel_safe\nR1,31/02/2025,Yes\n")
    let read = try F.read(path, dialect: .csv)
    #expect(
      read.diagnostics.map(\.description) == [
        "\(path):2: warning: the date \"31/02/2025\" cannot be read, so this response keeps no date; write dates "
          + "as 2025-07-01 or 01/07/2025 (column \"submitted\", response R1)"
      ])
    #expect(read.responses.first?.response.submitted == nil)
    #expect(read.responses.first?.hasErrors == false)
  }

  @Test("two columns answering one question is an error, and no response is read")
  func twoColumnsOneQuestion() throws {
    let path = try F.file("batch.csv", "response_id,feel_safe,Q1\nR1,Yes,No\n")
    let read = try F.read(path, dialect: .csv)
    #expect(
      read.diagnostics.map(\.description) == [
        "\(path):1:3: error: the columns \"feel_safe\" and \"Q1\" both answer feel_safe; remove one of them from "
          + "the export, or make the heading of one match another question"
      ])
    #expect(read.responses.isEmpty)
  }

  @Test("a file in which no column answers any question is an error")
  func noQuestionAnswered() throws {
    let path = try F.file("batch.csv", "name,favourite colour\nAsha,blue\n")
    let read = try F.read(path, dialect: .csv)
    #expect(
      read.diagnostics.first?.description
        == "\(path):1: error: no column of this file answers a question of child-review; check that --instrument "
        + "names the survey this export came from")
    #expect(read.responses.isEmpty)
  }

  @Test("an attribute value that matches none of its values is an error")
  func unknownAttributeValue() throws {
    let result = try diagnostics("response_id,age_band,feel_safe\nR1,7-9,Yes\n")
    #expect(
      result.diagnostics == [
        "\(result.path):2:2: error: \"7-9\" is not a value of Age band (age_band); the values are 8-12, 13-15, "
          + "16-17 (column \"age_band\", response R1)"
      ])
  }

  @Test("a tick that says neither yes nor no is an error")
  func unreadableTick() throws {
    let result = try diagnostics("response_id,activities/sport,activities/music\nR1,maybe,1\n")
    #expect(
      result.diagnostics == [
        "\(result.path):2:2: error: \"maybe\" does not say whether \"Sport\" was ticked; a ticked box is written "
          + "1, Y or Yes and an empty one 0, N, No or nothing (column \"activities/sport\", response R1)"
      ])
  }

  @Test("a damaged CSV row is read but marked as having errors")
  func damagedRow() throws {
    let result = try diagnostics("response_id,feel_safe\nR1,Yes,extra\nR2,No\n")
    #expect(result.errors == [true, false])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics[0].hasPrefix("\(result.path):2:3: error: this row has 3 fields"))
  }
}

extension IngestDiagnosticTests {
  @Test("a heading that fits two questions equally is an error, never a guess")
  func ambiguousHeading() throws {
    // "feel safe!" and feel_safe are different names that fold to the same letters.
    let yaml = F.instrumentYAML.replacingOccurrences(of: "aliases: [\"Q4\"]", with: "aliases: [\"Q4\", \"feel safe!\"]")
    let instrument = try Instrument.parse(yaml: yaml, file: "child-review.yaml")
    let path = try F.file("batch.csv", "response_id,Feel-Safe\nR1,Yes\n")
    let read = try F.read(path, dialect: .csv, instrument: instrument)
    #expect(
      read.diagnostics.map(\.description) == [
        "\(path):1:2: error: the heading \"Feel-Safe\" fits feel_safe and social_workers equally well; rename the column, "
          + "or give one of them an alias that matches it exactly"
      ])
    #expect(read.responses.isEmpty)
  }
}
