import CareVoiceKit
import Testing

@Suite struct XLSXSheetNameTests {
  @Test(
    "makes a name Excel accepts",
    arguments: [
      ("Tally: Q1/Q2 [draft]", "Tally - Q1-Q2 (draft)"), ("Who? *Everyone*", "Who Everyone"), ("'quoted'", "quoted"),
      ("", "Sheet"), ("   ", "Sheet"), ("History", "History sheet"), ("a\u{1}b", "ab"),
      ("Foster carer survey 2025-26 Q1 breakdown by age band", "Foster carer survey 2025-26 Q1"),
    ])
  func sanitised(input: String, expected: String) {
    let name = XLSXSheetName.sanitised(input)
    #expect(name == expected)
    #expect(name.utf16.count <= 31)
  }

  @Test("never cuts a character in half at 31 UTF-16 units")
  func emoji() {
    let name = XLSXSheetName.sanitised(String(repeating: "a", count: 30) + "😀😀")
    #expect(name == String(repeating: "a", count: 30))
  }

  @Test("numbers repeated names, ignoring case, within 31 characters")
  func unique() {
    let long = String(repeating: "x", count: 31)
    #expect(
      XLSXSheetName.unique(["Tally", "tally", "TALLY", long, long, ""]) == [
        "Tally", "tally (2)", "TALLY (3)", long, String(repeating: "x", count: 27) + " (2)", "Sheet 6",
      ])
  }
}
