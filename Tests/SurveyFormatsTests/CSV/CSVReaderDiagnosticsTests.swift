import Testing

@testable import SurveyFormats

@Suite struct CSVReaderDiagnosticsTests {
  @Test("reports a row with more fields than the header as an error at the first extra field, and damages it")
  func reportsMoreFields() throws {
    let reading = try CSVReading("id,feel_safe,comments\nR1,Yes,fine\nR2,No,I want, more\nR3,Yes,ok\n")
    #expect(reading.fields[2] == ["R2", "No", "I want", " more"])
    #expect(reading.damagedLines == [3])
    #expect(
      reading.diagnostics == [
        #"test.csv:3:4: error: this row has 4 fields but the header row has 3, so its answers cannot be matched to "#
          + #"the questions; usually a comment holds a comma without double quotes round it — put that comment in "#
          + #"double quotes (or export the file again) and load it again"#
      ])
  }

  @Test("names the file's own delimiter when a row has too many fields")
  func namesDelimiterOfExtraFields() throws {
    let reading = try CSVReading("id;comment\nR1;this; that\n")
    #expect(reading.diagnostics.count == 1)
    #expect(reading.diagnostics.first?.contains("a comment holds a semicolon without double quotes") == true)
  }

  @Test("warns about a row with fewer fields than the header, keeping its fields")
  func warnsAboutFewerFields() throws {
    let reading = try CSVReading("id,feel_safe,comments,score\nR1,Yes\nR2,No,ok\n")
    #expect(reading.fields[1...] == [["R1", "Yes"], ["R2", "No", "ok"]])
    #expect(reading.damagedLines.isEmpty)
    #expect(
      reading.diagnostics == [
        #"test.csv:2:3: warning: this row has 2 fields but the header row has 4; its last 2 columns (from "#
          + #""comments") are treated as not shown — if that is wrong, check this row in the original export"#,
        #"test.csv:3:4: warning: this row has 3 fields but the header row has 4; its last column ("score") is "#
          + #"treated as not shown — if that is wrong, check this row in the original export"#,
      ])
  }

  @Test("reports a quote never closed where it opened, reads that row to its line end, and reads on")
  func reportsUnterminatedQuote() throws {
    let reading = try CSVReading("id,comment\nR1,\"never closed\nR2,fine\nR3,ok\n")
    #expect(reading.fields == [["id", "comment"], ["R1", "\"never closed"], ["R2", "fine"], ["R3", "ok"]])
    #expect(reading.lines == [1, 2, 3, 4])
    #expect(reading.damagedLines == [2])
    #expect(
      reading.diagnostics == [
        #"test.csv:2:2: error: this field opens with a double quote (") that is not closed before the end of the "#
          + #"file, so this row was read only to the end of its line — add the missing closing " (or remove the "#
          + #"opening one) and save the file again"#
      ])
  }

  @Test("reports a NUL byte as an error and damages its row")
  func reportsNulByte() throws {
    let reading = try CSVReading("id,comment\nR1,ab\u{0}cd\u{0}\nR2,ok\n")
    #expect(reading.fields[1] == ["R1", "ab\u{0}cd\u{0}"])
    #expect(reading.damagedLines == [2])
    #expect(
      reading.diagnostics == [
        #"test.csv:2:2: error: this field holds a NUL (zero) byte, which a CSV export never contains; the file "#
          + #"may be damaged or not a CSV file at all (for example a spreadsheet saved under a .csv name) — export "#
          + #"it again as CSV"#
      ])
  }

  @Test("reports a NUL byte inside a quoted field once for its row")
  func reportsNulByteInQuotes() throws {
    let reading = try CSVReading("id,comment\nR1,\"a\u{0}b\u{0}\",\"c\u{0}\"\n")
    #expect(reading.fields[1] == ["R1", "a\u{0}b\u{0}", "c\u{0}"])
    #expect(
      reading.diagnostics.map { $0.prefix(35) } == [
        "test.csv:2:2: error: this field hol", "test.csv:2:3: error: this row has 3",
      ])
  }

  @Test("reports text after a closing quote, keeping the text")
  func reportsTextAfterQuote() throws {
    let reading = try CSVReading("id,comment,score\nR1,\"abc\"x,5\nR2,ok,6\n")
    #expect(reading.fields[1...] == [["R1", "abcx", "5"], ["R2", "ok", "6"]])
    #expect(reading.damagedLines == [2])
    #expect(
      reading.diagnostics == [
        #"test.csv:2:2: error: this field has text after its closing double quote; a " inside a quoted answer "#
          + #"must be written twice ("") — correct the quotes in this field, or export the file again"#
      ])
  }

  @Test("says where the quote opened when text after a closing quote is on a later line")
  func pointsToOpeningQuote() throws {
    let reading = try CSVReading("id,comment\nR1,\"oops\nR2,\"fine\"\n")
    #expect(reading.fields[1...] == [["R1", "oops\nR2,fine\""]])
    #expect(
      reading.diagnostics == [
        #"test.csv:3:2: error: this field has text after its closing double quote (the quote that opens it is on "#
          + #"line 2; it may lack its closing "); a " inside a quoted answer must be written twice ("") — correct "#
          + #"the quotes in this field, or export the file again"#
      ])
  }

  @Test("finds every problem in one pass, in file order, with the lines of rows after a multi-line field right")
  func findsEveryProblem() throws {
    var bytes = Array("id,name,comment\r\n1,\"Smith, J\",\"said \"\"hi\"\"\r\nthen left\"\r\n\r\n2,Café,ok\r".utf8)
    bytes += Array("3,\"a\"x,".utf8) + [0xE9, 0x74, 0xE9] + Array("\n4,a\u{0}b,\n5,,,extra\n6\n7,\"\",\"\"\r\n".utf8)
    bytes += Array("8,last,\"never closed\nstill,in it".utf8)
    let reading = try CSVReading(bytes: bytes)
    #expect(
      reading.fields == [
        ["id", "name", "comment"], ["1", "Smith, J", "said \"hi\"\r\nthen left"], ["2", "Café", "ok"],
        ["3", "ax", "été"], ["4", "a\u{0}b", ""], ["5", "", "", "extra"], ["6"], ["7", "", ""],
        ["8", "last", "\"never closed"], ["still", "in it"],
      ])
    #expect(reading.lines == [1, 2, 5, 6, 7, 8, 9, 10, 11, 12])
    #expect(reading.damagedLines == [6, 7, 8, 11])
    #expect(reading.encoding == .windows1252)
    #expect(
      reading.diagnostics.map { String($0.prefix(while: { $0 != " " }).dropLast()) + " " + severity(of: $0) } == [
        "test.csv:6:2 error", "test.csv:6:3 warning", "test.csv:7:2 error", "test.csv:8:4 error",
        "test.csv:9:2 warning", "test.csv:11:3 error", "test.csv:12:3 warning",
      ])
  }

  @Test("lists no more than the diagnostics limit, then says the rest were left out")
  func capsDiagnostics() throws {
    let text = "a,b\n" + (1...5).map { "\($0),x,y\n" }.joined()
    let reading = try CSVReading(text, limits: CSVLimits(maxDiagnostics: 3))
    #expect(reading.damagedLines == [2, 3, 4, 5, 6])
    #expect(reading.diagnostics.count == 4)
    #expect(reading.diagnostics.prefix(3).allSatisfy { $0.contains("this row has 3 fields") })
    #expect(
      reading.diagnostics.last
        == "test.csv:5: error: more than 3 problems were found, so the rest are not listed — check that this is "
        + "the right file, correct these and check it again")
  }

  private func severity(of diagnostic: String) -> String {
    diagnostic.contains(": error: ") ? "error" : "warning"
  }
}
