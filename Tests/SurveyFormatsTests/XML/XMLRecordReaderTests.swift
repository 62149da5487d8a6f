import SurveyFormats
import Testing

@Suite struct XMLRecordReaderTests {
  @Test("reads an ODK submission as one record with groups flattened and repeats kept")
  func readsODKSubmissionAsOneRecord() throws {
    var reader = try XMLRecordReader(path: try xmlFixture("odk-submission.xml"))
    let records = try allRecords(&reader)
    #expect(reader.diagnostics == [])
    #expect(records.count == 1)
    let record = try #require(records.first)
    #expect(record.line == 2)
    #expect(
      record.fields == [
        field("id", nil, "child-review-13plus"),
        field("version", nil, "2025062001"),
        field("uuid", "formhub/uuid", "d156a2dce4c34751af57f21ef5c4e6cc"),
        field("start", nil, "2025-07-01T10:02:11.000+01:00"),
        field("age_band", "about_you/age_band", "13-15"),
        field("placement", "about_you/placement", "foster"),
        field("feel_safe", "your_views/feel_safe", "yes"),
        field("activities", "your_views/activities", "football drama"),
        field("worries", "your_views/worries", ""),
        field("who", "people/who", "carer", "social_worker"),
        field("comments", nil, ""),
        field("change_one", nil, "I want to see my brother more"),
        field("__version__", nil, "vWvkKzNE8xCtfApJvabfjG"),
        field("instanceID", "meta/instanceID", "uuid:9d3f042e-cfec-4d2a-8b5b-212e3b04802b"),
      ])
  }

  @Test("recognises a submission whose meta block carries a namespace prefix")
  func readsPrefixedMetaAsSubmission() throws {
    var reader = try XMLRecordReader(path: try xmlFixture("kobo-prefixed-meta.xml"))
    let records = try allRecords(&reader)
    #expect(records.count == 1)
    #expect(
      records.first?.fields == [
        field("id", nil, "aQ7hMt3sX2Lk"),
        field("uuid", "formhub/uuid", "4e1f0c2b9a7d4c5e8f60a1b2c3d4e5f6"),
        field("feel_safe", nil, "sometimes"),
        field("__version__", nil, "vKx93LmQ2a"),
        field("instanceID", "meta/instanceID", "uuid:6b7c1f3e-2a44-4a0e-9c1d-0f1e2d3c4b5a"),
        field("deprecatedID", "meta/deprecatedID", "uuid:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"),
      ])
  }

  @Test("reads each child of the root as a record, with attributes, CDATA, entities and repeats")
  func readsMultiRecordExport() throws {
    var reader = try XMLRecordReader(path: try xmlFixture("eform-responses.xml"))
    let records = try allRecords(&reader)
    #expect(reader.diagnostics == [])
    #expect(records.map(\.line) == [3, 11])
    #expect(
      records.first?.fields == [
        field("id", nil, "1"),
        field("form", nil, "review-8-12"),
        field("submitted", nil, "2025-07-01"),
        field("age_band", nil, "8-12"),
        field("feel_safe", "answers/feel_safe", "Yes"),
        field("comment", "answers/comment", "I like my carers & my school"),
      ])
    #expect(
      records.last?.fields == [
        field("id", nil, "2"),
        field("form", nil, "review-8-12"),
        field("submitted", nil, "2025-07-02"),
        field("age_band", nil, "8-12"),
        field("feel_safe", "answers/feel_safe", ""),
        field("comment", "answers/comment", "Can I see <mum> more?", "Second line\nand third"),
      ])
  }

  @Test("reads the elements named by the record name, wherever they are")
  func readsNamedRecords() throws {
    var reader = try XMLRecordReader(path: try xmlFixture("limesurvey-responses.lsr"), record: .named("row"))
    let records = try allRecords(&reader)
    #expect(reader.diagnostics == [])
    #expect(records.map(\.line) == [16, 22])
    #expect(
      records.first?.fields == [
        field("id", nil, "1"),
        field("submitdate", nil, "2025-05-01 10:22:03"),
        field("feelsafe", nil, "A1"),
        field("_123456X1X2SQ001", nil, "Y"),
      ])
    #expect(
      records.last?.fields == [
        field("id", nil, "2"), field("feelsafe", nil, "A3"), field("_123456X1X2SQ001", nil, ""),
      ])
  }

  @Test("keeps attribute values exactly, ampersands included, and names no namespace declaration")
  func readsAttributes() throws {
    let (records, diagnostics) = try read(
      """
      <export xmlns="urn:example">
        <row xmlns:q="urn:q" q:feel_safe=" yes " note="fish &amp; chips &#38; peas" other="&lt;b&gt;"/>
        <row><answer code="A1">Yes</answer></row>
      </export>
      """)
    #expect(diagnostics == [])
    #expect(
      records.map(\.fields) == [
        [field("feel_safe", nil, " yes "), field("note", nil, "fish & chips & peas"), field("other", nil, "<b>")],
        [field("code", "answer/code", "A1"), field("answer", nil, "Yes")],
      ])
  }

  @Test("makes a record of a root child that has no child elements")
  func readsLeafChildAsItsOwnField() throws {
    let (records, _) = try read("<export><count>2</count><empty/><row><a>1</a></row></export>")
    #expect(records.map(\.fields) == [[field("count", nil, "2")], [field("empty", nil, "")], [field("a", nil, "1")]])
  }

  @Test("warns when no element has the record name")
  func warnsWhenNoRecordFound() throws {
    let (records, diagnostics) = try read("<document><rows/></document>", record: .named("row"))
    #expect(records == [])
    #expect(
      diagnostics.map(\.description) == [
        "export.xml:1: warning: no element is named \"row\", so this file holds no records;"
          + " check the name of the record element"
      ])
  }

  @Test("reads a meta block after more than 1,000 root children as one more record, having streamed them")
  func streamsChildrenPastTheThreshold() throws {
    let rows = String(repeating: "<r><a>x</a></r>\n", count: 1_002)
    let meta = "<meta><instanceID>uuid:1</instanceID></meta>"
    var reader = XMLRecordReader(bytes: Array("<data>\n\(rows)\(meta)</data>".utf8), name: "big.xml")
    let records = try allRecords(&reader)
    #expect(records.count == 1_003)
    #expect(records.last?.fields == [field("instanceID", nil, "uuid:1")])
    #expect(records.last?.line == 1_004)
    #expect(reader.diagnostics == [])
  }

  @Test("reads files in the encoding they declare or begin with", arguments: ["UTF-8 BOM", "ISO-8859-1", "UTF-16LE"])
  func readsEncodings(encoding: String) throws {
    let body = "<r><row><a>café</a></row></r>"
    let bytes: [UInt8] =
      switch encoding {
      case "UTF-8 BOM": [0xEF, 0xBB, 0xBF] + Array(body.utf8)
      case "ISO-8859-1":
        Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8) + body.unicodeScalars.map { UInt8($0.value) }
      default:
        [0xFF, 0xFE] + body.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      }
    var reader = XMLRecordReader(bytes: bytes, name: "encoded.xml")
    #expect(try allRecords(&reader).map(\.fields) == [[field("a", nil, "café")]])
    #expect(reader.diagnostics == [])
  }

  @Test("keeps every record's values its own when short values repeat from record to record")
  func keepsRepeatedValuesApart() throws {
    let long = String(repeating: "y", count: 32)
    let longer = long + "z"
    let rows = [
      "<a>abc</a>", "<a>abc</a><a>abd</a>", "<a>abc</a>", "<a>abd</a><a>abc</a>", "<a>\(long)</a>", "<a>\(longer)</a>",
      "<a>\(long)</a><a>\(long)</a>", "<a></a>", "<a>abc</a>",
    ]
    let text = "<export>" + rows.map { "<row>\($0)</row>" }.joined() + "</export>"
    let (records, _) = try read(text, record: .named("row"))
    #expect(
      records.map { $0["a"] ?? [] } == [
        ["abc"], ["abc", "abd"], ["abc"], ["abd", "abc"], [long], [longer], [long, long], [""], ["abc"],
      ])
  }

  @Test("reports a missing file as one that cannot be opened")
  func missingFileCannotBeOpened() {
    #expect(throws: InputError.self) { try XMLRecordReader(path: "/nonexistent/export.xml") }
    do {
      _ = try XMLRecordReader(path: "/nonexistent/export.xml")
    } catch {
      guard case .cannotOpen(let path, _) = error else { Issue.record("wrong error \(error)"); return }
      #expect(path == "/nonexistent/export.xml")
    }
  }
}
