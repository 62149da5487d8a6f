import Testing

@testable import SurveyFormats

@Suite struct CSVReaderEncodingTests {
  @Test("drops a UTF-8 byte-order mark from an Excel \"CSV UTF-8\" export")
  func dropsByteOrderMark() throws {
    let reading = try CSVReading(fixture: "msforms-bom.csv")
    #expect(reading.encoding == .utf8WithBOM)
    #expect(
      reading.fields == [
        [
          "ID", "Start time", "Completion time", "Email", "Name", "Do you feel safe where you live?",
          "Is there anything else?",
        ],
        ["1", "9/1/25 10:02:11", "9/1/25 10:05:40", "anonymous", "", "Yes", "I like my carer, she's kind"],
        ["2", "9/2/25 16:20:03", "9/2/25 16:24:59", "anonymous", "", "Sometimes", "Café trips are the best"],
      ])
    #expect(reading.lines == [1, 2, 3])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("reads a Windows-1252 file with one warning, at the first field that is not UTF-8")
  func readsWindows1252() throws {
    let reading = try CSVReading(fixture: "windows-1252.csv")
    #expect(reading.encoding == .windows1252)
    #expect(
      reading.fields == [
        ["response_id", "comments"], ["R1", "Pocket money is fine"], ["R2", "I said “no” but they didn’t listen"],
        ["R3", "It’s £10 a week – not enough"], ["R4", "Café with my nan"],
      ])
    #expect(
      reading.diagnostics == [
        "windows-1252.csv:3:2: warning: this file is not UTF-8; read it as Windows-1252, as Excel saves it — "
          + "check accented letters and curly quotes look right"
      ])
    #expect(reading.damagedLines.isEmpty)
  }

  @Test("reads a field that is valid UTF-8 as UTF-8 even when another field is Windows-1252")
  func decidesEncodingPerField() throws {
    let reading = try CSVReading(bytes: Array("a,b\nCafé,".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array("\n".utf8))
    #expect(reading.fields == [["a", "b"], ["Café", "Café"]])
    #expect(reading.diagnostics.map { $0.hasPrefix("test.csv:2:2: warning: this file is not UTF-8") } == [true])
  }

  @Test("reads UTF-16 little-endian with a byte-order mark, as Excel's \"Unicode Text\" saves it")
  func readsUTF16LittleEndian() throws {
    let reading = try CSVReading(fixture: "utf16le.csv")
    #expect(reading.encoding == .utf16LittleEndian)
    #expect(reading.delimiter == UInt8(ascii: "\t"))
    #expect(
      reading.fields == [
        ["response_id", "feel_safe", "comments"], ["R1", "Yes", "I love football ⚽ and my £5 pocket money 😀"],
        ["R2", "No", "She said \"wait\"\ttoo often"],
      ])
    #expect(reading.lines == [1, 2, 3])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("reads UTF-16 big-endian with a byte-order mark")
  func readsUTF16BigEndian() throws {
    let reading = try CSVReading(fixture: "utf16be.csv")
    #expect(reading.encoding == .utf16BigEndian)
    #expect(reading.delimiter == UInt8(ascii: ","))
    #expect(
      reading.fields == [
        ["response_id", "feel_safe", "comments"], ["R1", "Yes", "I love football ⚽ and my £5 pocket money 😀"],
        ["R2", "No", "She said \"wait\",too often"],
      ])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test("turns a lone surrogate or an odd last byte of UTF-16 into U+FFFD")
  func replacesBrokenUTF16() throws {
    // "a,b" LF, then: "x", a high surrogate followed by "," (unpaired), a lone low surrogate, then half a unit.
    let units: [UInt16] = [0x61, 0x2C, 0x62, 0x0A, 0x78, 0xD83D, 0x2C, 0xDE00]
    let bytes: [UInt8] =
      [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] } + [0x41]
    let reading = try CSVReading(bytes: bytes)
    #expect(reading.fields == [["a", "b"], ["x\u{FFFD}", "\u{FFFD}\u{FFFD}"]])
  }

  @Test("decodes every Windows-1252 byte from 0x80 to 0xFF, the undefined five as C1 controls")
  func decodesWindows1252Table() throws {
    let upper = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
    let expected = upper.unicodeScalars.map(\.value) + (0xA0...0xFF).map { UInt32($0) }
    let bytes = (0x80...0xFF).map { UInt8($0) }
    let decoded = bytes.withUnsafeBufferPointer { input in
      [UInt8](unsafeUninitializedCapacity: 3 * input.count) { output, count in
        count = Windows1252.decode(input, into: output.baseAddress!)
      }
    }
    #expect(String(decoding: decoded, as: UTF8.self).unicodeScalars.map(\.value) == expected)
  }

  @Test(
    "tells well-formed UTF-8 from what is not",
    arguments: [
      ([0x43, 0x61, 0x66, 0xC3, 0xA9], true), ([0xF0, 0x9F, 0x98, 0x80], true), ([0xE2, 0x80, 0x9C], true),
      ([0xE9], false), ([0xC3], false), ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false),
      ([0xF4, 0x90, 0x80, 0x80], false), ([0x80], false), ([0xE2, 0x28, 0xA1], false),
    ] as [([UInt8], Bool)])
  func validatesUTF8(bytes: [UInt8], isValid: Bool) {
    #expect(bytes.withUnsafeBufferPointer(Unicode.UTF8.isWellFormed) == isValid)
  }
}
