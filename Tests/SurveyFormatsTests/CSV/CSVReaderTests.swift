import Testing

@testable import SurveyFormats

@Suite struct CSVReaderTests {
  @Test("reads a header and rows, each with the line it starts on")
  func readsHeaderAndRows() throws {
    let reading = try CSVReading("id,feel_safe\nR1,Yes\nR2,No\n")
    #expect(reading.fields == [["id", "feel_safe"], ["R1", "Yes"], ["R2", "No"]])
    #expect(reading.lines == [1, 2, 3])
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.damagedLines.isEmpty)
  }

  @Test("reads a quoted field holding the delimiter, a doubled quote and a line break")
  func readsQuotedFields() throws {
    let reading = try CSVReading("id,comment\nR1,\"I said \"\"no\"\", then left\"\nR2,\"two\nlines\"\nR3,x\n")
    #expect(
      reading.fields == [["id", "comment"], ["R1", "I said \"no\", then left"], ["R2", "two\nlines"], ["R3", "x"]])
    #expect(reading.lines == [1, 2, 3, 5])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("reads CRLF line ends, keeping a CRLF inside a quoted field, and counts lines after it")
  func readsCRLFFile() throws {
    let reading = try CSVReading(fixture: "crlf.csv")
    #expect(
      reading.fields == [
        ["response_id", "feel_safe", "comments"],
        ["R1", "Yes", "My social worker came to see me\r\nand we went bowling"],
        ["R2", "No", ""],
        ["R3", "Sometimes", "ok"],
      ])
    #expect(reading.lines == [1, 2, 4, 5])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("reads lone CR line ends, as old Mac exports have, inside quotes too")
  func readsLoneCarriageReturns() throws {
    let reading = try CSVReading("id,a\rR1,x\rR2,\"two\rlines\"\rR3,y")
    #expect(reading.fields == [["id", "a"], ["R1", "x"], ["R2", "two\rlines"], ["R3", "y"]])
    #expect(reading.lines == [1, 2, 3, 5])
  }

  @Test("reads a file mixing LF, CRLF and CR line ends")
  func readsMixedLineEnds() throws {
    let reading = try CSVReading("a,b\r\n1,2\n3,4\r5,6\r\n")
    #expect(reading.fields == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(reading.lines == [1, 2, 3, 4])
  }

  @Test("reads the last line whether or not it ends with a line end", arguments: ["a,b\n1,2", "a,b\n1,2\n"])
  func readsLastLine(text: String) throws {
    let reading = try CSVReading(text)
    #expect(reading.fields == [["a", "b"], ["1", "2"]])
  }

  @Test(
    "keeps a trailing empty field",
    arguments: [
      ("a,b\n1,\n", ["1", ""]), ("a,b\n1,", ["1", ""]), ("a,b\n,\n", ["", ""]), ("a,b\n1,\"\"", ["1", ""]),
    ])
  func keepsTrailingEmptyField(text: String, row: [String]) throws {
    let reading = try CSVReading(text)
    #expect(reading.fields == [["a", "b"], row])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("keeps spaces round unquoted fields")
  func keepsSpaces() throws {
    let reading = try CSVReading("a,b\n  x , y \n")
    #expect(reading.fields == [["a", "b"], ["  x ", " y "]])
  }

  @Test("takes a quote inside an unquoted field as text")
  func takesStrayQuoteLiterally() throws {
    let reading = try CSVReading("name,height\nSam,5\" tall\nab\"cd,x\"\n")
    #expect(reading.fields == [["name", "height"], ["Sam", "5\" tall"], ["ab\"cd", "x\""]])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("skips blank lines but counts them")
  func skipsBlankLines() throws {
    let reading = try CSVReading("\na,b\n\n\r\n1,2\n\r\r\n3,4\n\n")
    #expect(reading.fields == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(reading.lines == [2, 5, 8])
  }

  @Test("reads nothing from an empty file or one of line ends only", arguments: ["", "\n", "\r\n\r\n", "\r"])
  func readsNothingFromEmptyInput(text: String) throws {
    let reading = try CSVReading(text)
    #expect(reading.rows.isEmpty)
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("reads empty quoted fields as empty")
  func readsEmptyQuotedFields() throws {
    let reading = try CSVReading("a,b,c\n\"\",\"\",\"\"\n")
    #expect(reading.fields == [["a", "b", "c"], ["", "", ""]])
  }

  @Test("lends each row's fields in place, as UTF-8 bytes and as strings")
  func lendsRowsInPlace() throws {
    let reader = CSVReader(bytes: Array("id,comment\nR1,\"Café, \"\"great\"\"\"\nR2,\n".utf8), name: "t.csv")
    var seen: [String] = []
    try reader.forEachRow { row in
      var bytes: [[UInt8]] = []
      for index in 0..<row.count { bytes.append(row.withField(index) { Array($0) }) }
      seen.append("\(row.line) \(row.count) \(row.isDamaged) \(row.fields) \(bytes.map(\.count))")
      #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == row.fields)
      #expect((0..<row.count).map(row.byteCount(ofField:)) == bytes.map(\.count))
    }
    #expect(
      seen == [
        #"1 2 false ["id", "comment"] [2, 7]"#, #"2 2 false ["R1", "Café, \"great\""] [2, 14]"#,
        #"3 2 false ["R2", ""] [2, 0]"#,
      ])
  }

  @Test("reads the header with next() and the rest with forEachRow")
  func mixesNextAndForEachRow() throws {
    let reader = CSVReader(bytes: Array("a,b\n1,2\n3,4\n".utf8), name: "t.csv")
    let header = try reader.next()
    var rows: [Row] = []
    try reader.forEachRow { rows.append(Row(line: $0.line, fields: $0.fields, isDamaged: $0.isDamaged)) }
    #expect(header == Row(line: 1, fields: ["a", "b"]))
    #expect(rows == [Row(line: 2, fields: ["1", "2"]), Row(line: 3, fields: ["3", "4"])])
    #expect(try reader.next() == nil)
  }
}
