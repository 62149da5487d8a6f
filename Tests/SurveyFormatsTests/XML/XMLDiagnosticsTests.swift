import Foundation
import SurveyFormats
import Testing

@Suite(.serialized) struct XMLDiagnosticsTests {
  @Test("keeps the records before a file cut short and says where it breaks")
  func reportsCutShortFile() throws {
    var reader = try XMLRecordReader(path: try xmlFixture("cut-short.xml"))
    let records = try allRecords(&reader)
    #expect(records.map { $0["response_id"] } == [["R1"], ["R2"]])
    let diagnostics = reader.diagnostics.map { $0.description.replacingOccurrences(of: reader.name, with: "F") }
    #expect(
      diagnostics == [
        "F:14:1: error: the file ends before its XML does (an element is still open at the end); the export was"
          + " probably cut short — export it again"
      ])
  }

  @Test("gives no records for a submission cut short before its meta: its groups are not responses")
  func cutShortSubmissionHasNoRecords() throws {
    let (records, diagnostics) = try read(
      """
      <data id="child-review-8-12">
        <start>2025-10-15T14:28:39.353+01:00</start>
        <about_me><age_band>10-12</age_band></about_me>
        <my_life><feel_safe>yes</feel_safe></my_life>
        <my_words><going_well>Football on Saturdays</going_well>
      """)
    #expect(records == [])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.hasPrefix("the file ends before its XML does") == true, "\(diagnostics)")
  }

  @Test("says that an empty file is not XML", arguments: ["", "   \n", "ID,Start time\n1,2025-07-01\n"])
  func reportsEmptyOrNonXMLFile(text: String) throws {
    let (records, diagnostics) = try read(text)
    #expect(records == [])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.isError == true)
    #expect(diagnostics.first?.message.hasPrefix("the file is empty or is not XML") == true, "\(diagnostics)")
  }

  @Test("says where a mismatched tag is")
  func reportsMismatchedTag() throws {
    let (records, diagnostics) = try read("<responses>\n<response>\n<a>1</b>\n</response>\n</responses>")
    #expect(records == [])
    #expect(
      diagnostics.map(\.description) == [
        "export.xml:3:9: error: the XML is broken here: Opening and ending tag mismatch: a line 3 and b;"
          + " the export may be damaged or cut short — export it again"
      ])
  }

  @Test("says that an unknown entity is not XML, with advice on the ampersand")
  func reportsUndeclaredEntity() throws {
    let (_, diagnostics) = try read("<r>\n<row><a>fish &chips;</a></row></r>")
    #expect(
      diagnostics.map(\.description) == [
        "export.xml:2:21: error: the text uses a name after & that XML does not know (Entity 'chips' not defined);"
          + " a plain & must be written &amp; — export the file again from the survey tool"
      ])
  }

  @Test("says when bytes are not UTF-8")
  func reportsBadEncoding() throws {
    let bytes = Array("<r><row><a>caf".utf8) + [0xE9] + Array("</a></row></r>".utf8)
    var reader = XMLRecordReader(bytes: bytes, name: "x.xml")
    _ = try allRecords(&reader)
    #expect(
      reader.diagnostics.map(\.description) == [
        "x.xml:1:15: error: the file holds bytes that are not text in its encoding (Input is not proper UTF-8,"
          + " indicate encoding ! Bytes: 0xE9 0x3C 0x2F 0x61); export or save it again as UTF-8"
      ])
  }

  @Test("reads elements whose namespace prefix is never declared, with a warning")
  func warnsOfUndeclaredPrefix() throws {
    let (records, diagnostics) = try read(
      "<data id=\"f\">\n<q>1</q>\n<orx:meta><orx:instanceID>uuid:1</orx:instanceID></orx:meta>\n</data>")
    #expect(
      records.map(\.fields) == [
        [field("id", nil, "f"), field("q", nil, "1"), field("instanceID", "meta/instanceID", "uuid:1")]
      ])
    #expect(
      diagnostics.map(\.description) == [
        "export.xml:3:10: warning: the XML has a namespace fault (Namespace prefix orx on meta is not defined);"
          + " carevoice reads elements by their local names, so this loses nothing"
      ])
  }

  @Test("libxml2 prints nothing to stderr, whatever the input")
  func printsNothingToStandardError() throws {
    let probe = try capturingStandardError { _ = write(2, "probe", 5) }
    #expect(probe == "probe")
    let captured = try capturingStandardError {
      _ = try? read("<r>\n<a>1</b></r>")
      _ = try? read("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")
      var reader = XMLRecordReader(bytes: [0x3C, 0x72, 0x3E, 0xFF, 0xFE, 0x3C], name: "bad.xml")
      _ = try? allRecords(&reader)
      _ = try? read("<r xmlns:a='x'><a:b c:d='1'/></r>")
    }
    #expect(captured == "")
  }
}

/// Runs `body` with file descriptor 2 sent to a temporary file, and returns what was written there.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
  let path = NSTemporaryDirectory() + "carevoice-stderr-\(UUID().uuidString)"
  let file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
  defer { unlink(path) }
  let saved = dup(2)
  fflush(nil)
  dup2(file, 2)
  defer {
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    close(file)
  }
  try body()
  fflush(nil)
  return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}
