import Testing

@testable import SurveyFormats

/// The reader keeps a record that runs past one read and carries CRLF pairs, quotes, UTF-16 code units
/// and surrogate pairs across reads; these tests read the same input with every read size from 1 to 16 bytes.
@Suite struct CSVReaderChunkTests {
  /// An input with every awkward thing at once: CRLF, a lone CR, blank lines, quoted line breaks,
  /// doubled quotes, a NUL, text after a quote, Windows-1252, ragged rows and a quote never closed.
  static let awkward: [UInt8] =
    Array("id,name,comment\r\n1,\"Smith, J\",\"said \"\"hi\"\"\r\nthen left\"\r\n\r\n2,Café,ok\r3,\"a\"x,".utf8)
    + [0xE9, 0x74, 0xE9] + Array("\n4,a\u{0}b,\n5,,,extra\n6\n7,\"\",\"\"\r\n\r8,\"\"\"\",\"😀\"\n".utf8)
    + Array("9,last,\"never closed\r\nstill,in it".utf8)

  @Test("reads an awkward input the same whatever the read size", arguments: 1...16)
  func readsAwkwardInputAtEveryReadSize(chunkSize: Int) throws {
    let whole = try CSVReading(bytes: Self.awkward)
    let chunked = try CSVReading(bytes: Self.awkward, chunkSize: chunkSize)
    #expect(whole.rows.count == 11)
    #expect(whole.diagnostics.count == 7)
    #expect(chunked == whole)
  }

  @Test(
    "reads every fixture the same whatever the read size",
    arguments: ["msforms-bom.csv", "crlf.csv", "kobo.csv", "windows-1252.csv", "utf16le.csv", "utf16be.csv"],
    1...16)
  func readsFixturesAtEveryReadSize(fixture: String, chunkSize: Int) throws {
    let whole = try CSVReading(fixture: fixture)
    let chunked = try CSVReading(fixture: fixture, chunkSize: chunkSize)
    #expect(whole.rows.count >= 3)
    #expect(chunked == whole)
  }

  @Test("reads a long quoted field that spans many reads and makes the buffer grow")
  func readsFieldLongerThanBuffer() throws {
    let comment = String(repeating: "I want to see my brother more, \"please\".\n", count: 2_000)
    let escaped = comment.replacingOccurrences(of: "\"", with: "\"\"")
    let reading = try CSVReading("id,comment\nR1,\"\(escaped)\"\nR2,ok\n", chunkSize: 7)
    #expect(reading.fields == [["id", "comment"], ["R1", comment], ["R2", "ok"]])
    #expect(reading.lines == [1, 2, 2_003])
  }
}
