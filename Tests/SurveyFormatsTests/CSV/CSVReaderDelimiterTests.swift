import Testing

@testable import SurveyFormats

@Suite struct CSVReaderDelimiterTests {
  @Test(
    "picks the delimiter found most often outside quotes in the header line",
    arguments: [
      ("id,feel_safe,comments\nR1,Yes,a;b;c;d\n", ","), ("id;feel_safe;comments\nR1;Yes;a,b,c,d\n", ";"),
      ("id\tfeel_safe\tcomments\nR1\tYes\ta,b;c\n", "\t"), ("\"a;b\",\"c;d\",e\n", ","),
      ("\"x,y\";\"z\"\n", ";"), ("a,b;c\n", ","), ("a;b\tc\n", ";"), ("single\n1\n", ","), ("", ","),
    ] as [(String, Character)])
  func sniffsDelimiter(text: String, delimiter: Character) throws {
    #expect(try CSVReading(text).delimiter == delimiter.asciiValue)
  }

  @Test("finds the delimiter in a header line longer than one read", arguments: [1, 3, 7])
  func sniffsAcrossReads(chunkSize: Int) throws {
    let reading = try CSVReading("\"id\";\"feel, safe\";\"comments\"\n\"R1\";\"Yes\";\"a,b\"\n", chunkSize: chunkSize)
    #expect(reading.delimiter == UInt8(ascii: ";"))
    #expect(reading.fields == [["id", "feel, safe", "comments"], ["R1", "Yes", "a,b"]])
  }

  @Test("uses a delimiter given explicitly instead of the one the header suggests")
  func usesGivenDelimiter() throws {
    let reading = try CSVReading("a;b;c,d\n1;2;3,4\n", delimiter: UInt8(ascii: ","))
    #expect(reading.delimiter == UInt8(ascii: ","))
    #expect(reading.fields == [["a;b;c", "d"], ["1;2;3", "4"]])
  }

  @Test("accepts any ASCII delimiter but a quote, a line end or NUL")
  func checksDelimiters() {
    #expect(CSVReader.isUsableDelimiter(UInt8(ascii: "|")))
    #expect(!CSVReader.isUsableDelimiter(UInt8(ascii: "\"")))
    #expect(!CSVReader.isUsableDelimiter(UInt8(ascii: "\n")))
    #expect(!CSVReader.isUsableDelimiter(0))
    #expect(!CSVReader.isUsableDelimiter(0xA7))
  }

  @Test("reads a Kobo export: semicolons, every value quoted, group/question headers")
  func readsKoboExport() throws {
    let reading = try CSVReading(fixture: "kobo.csv")
    #expect(reading.delimiter == UInt8(ascii: ";"))
    #expect(
      reading.fields == [
        [
          "start", "end", "about_you/age_band", "about_you/placement", "feel_safe", "worries", "worries/school",
          "worries/friends", "change_one", "_id", "_uuid", "_submission_time", "_validation_status", "__version__",
          "_index",
        ],
        [
          "2025-06-02T10:01:00.000+01:00", "2025-06-02T10:09:12.000+01:00", "13-15", "foster", "yes",
          "school friends", "1", "1", "More time with my brother; and my dog", "101",
          "5d9e6c1a-2b1f-4c53-9a57-0c1f7e3b2a10", "2025-06-02T09:09:20", "", "vWvkKzNE8xCtfApJvabfjG", "1",
        ],
        [
          "2025-06-03T15:30:00.000+01:00", "2025-06-03T15:41:47.000+01:00", "8-12", "kinship", "sometimes", "", "0",
          "0", "", "102", "a3c1e2f0-7d44-4b8e-8f5e-61b2c9d0e4f7", "2025-06-03T14:41:55", "", "vWvkKzNE8xCtfApJvabfjG",
          "2",
        ],
        [
          "2025-06-04T09:12:00.000+01:00", "2025-06-04T09:20:05.000+01:00", "16-17", "residential", "no", "", "", "",
          "Nobody says \"well done\"", "103", "c7b0f5d2-1e9a-4f3c-b6d8-2a4e8c1f9b35", "2025-06-04T08:20:11", "",
          "vWvkKzNE8xCtfApJvabfjG", "3",
        ],
      ])
    #expect(reading.lines == [1, 2, 3, 4])
    #expect(reading.diagnostics.isEmpty)
  }
}
