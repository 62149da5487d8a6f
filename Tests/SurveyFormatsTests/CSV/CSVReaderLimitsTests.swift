import Foundation
import Testing

@testable import SurveyFormats

@Suite struct CSVReaderLimitsTests {
  @Test("refuses to open a file that is missing")
  func refusesMissingFile() {
    #expect(throws: InputError.cannotOpen(path: "/no/such/folder/q1.csv", reason: "No such file or directory")) {
      _ = try CSVReader(path: "/no/such/folder/q1.csv")
    }
  }

  @Test("refuses to open a folder")
  func refusesFolder() {
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: InputError.cannotOpen(path: folder, reason: "it is a folder, not a file")) {
      _ = try CSVReader(path: folder)
    }
  }

  @Test("reads a file through the public initialiser")
  func readsFileFromPath() throws {
    let reader = try CSVReader(path: try CSVReading.path(of: "crlf.csv"))
    #expect(try reader.next()?.fields == ["response_id", "feel_safe", "comments"])
    #expect(reader.encoding == .utf8)
  }

  @Test("refuses a field longer than the limit, naming its line and column", arguments: [3, 100])
  func refusesLongField(chunkSize: Int) throws {
    let reader = CSVReader(
      bytes: Array("id,comment\nR1,short\nR2,\(String(repeating: "x", count: 17)),ok\n".utf8), name: "big.csv",
      delimiter: nil, limits: CSVLimits(maxFieldBytes: 16), chunkSize: chunkSize)
    #expect(try reader.next() != nil)
    #expect(try reader.next()?.fields == ["R1", "short"])
    let expected = InputError.unreadable(
      .error(
        at: SourceLocation(file: "big.csv", line: 3, column: 2),
        "this field is longer than 16 bytes, far more than any survey answer; the file is damaged or not a CSV "
          + "export — check that it is the right file and export it again, or if the field is meant to be that "
          + "long, raise the limit with --max-field-bytes"))
    #expect(throws: expected) { try reader.next() }
    #expect(throws: expected) { try reader.next() }
  }

  @Test("refuses a row with more fields than the limit")
  func refusesTooManyFields() {
    let reader = CSVReader(
      bytes: Array("a,b\n1,2,3,4,5\n".utf8), name: "wide.csv", limits: CSVLimits(maxFieldsPerRow: 4))
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "wide.csv", line: 2),
          "this row has more than 4 fields, far more than any survey; the file is damaged or not a CSV export — "
            + "check that it is the right file and export it again"))
    ) {
      while try reader.next() != nil {}
    }
  }

  @Test("refuses a row longer than the limit", arguments: [2, 4096])
  func refusesLongRow(chunkSize: Int) {
    let row = Array(repeating: "abcdefgh", count: 300).joined(separator: ",")
    let reader = CSVReader(
      bytes: Array("a,b\n\(row)\n".utf8), name: "long.csv", delimiter: nil, limits: CSVLimits(maxRowBytes: 1 << 10),
      chunkSize: chunkSize)
    #expect(
      throws: InputError.unreadable(
        .error(
          at: SourceLocation(file: "long.csv", line: 2),
          "this row is longer than 1 KB, far more than any survey response; the file is damaged or not a CSV export "
            + "— check that it is the right file and export it again"))
    ) {
      while try reader.next() != nil {}
    }
  }

  @Test("refuses a 10 MB line with no line end at the default limits")
  func refusesHugeLine() {
    let reader = CSVReader(bytes: Array("a,b\n".utf8) + Array(repeating: 0x41, count: 10 << 20), name: "huge.csv")
    #expect(throws: InputError.self) {
      while try reader.next() != nil {}
    }
  }

  @Test("takes a quoted field past the limit as a quote never closed, and reads on", arguments: [3, 4096])
  func takesLongQuotedFieldAsUnterminated(chunkSize: Int) throws {
    let text = "id,comment\nR1,\"runs on\nand on and on and on\nand on and on\nR2,ok\n"
    let reading = try CSVReading(text, limits: CSVLimits(maxFieldBytes: 32), chunkSize: chunkSize)
    #expect(
      reading.fields == [
        ["id", "comment"], ["R1", "\"runs on"], ["and on and on and on"], ["and on and on"], ["R2", "ok"],
      ])
    #expect(reading.damagedLines == [2])
    #expect(
      reading.diagnostics.first
        == "test.csv:2:2: error: this field opens with a double quote (\") that is not closed within 32 bytes, so "
        + "this row was read only to the end of its line — add the missing closing \" (or remove the opening one) "
        + "and save the file again")
  }
}
