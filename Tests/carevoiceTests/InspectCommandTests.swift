import Foundation
import Testing

@Suite struct InspectCommandTests {
  @Test("prints each CSV record as a JSON line with its line number, then exits 0")
  func csvRecords() throws {
    let folder = try Repository.scratchFolder()
    let file = folder.appendingPathComponent("q.csv")
    try Data("id;comment\n1;\"Two\nlines\"\n2;plain/text\n".utf8).write(to: file)
    let outcome = try CareVoiceProcess.run(["inspect", file.path])
    #expect(outcome.status == 0)
    #expect(
      outcome.standardOutput == """
        {"line": 2, "fields": {"id": "1", "comment": "Two\\nlines"}}
        {"line": 4, "fields": {"id": "2", "comment": "plain/text"}}

        """)
    #expect(outcome.standardError.isEmpty)
  }

  @Test("prints a repeated XML field as a JSON array")
  func xmlRepeatedField() throws {
    let folder = try Repository.scratchFolder()
    let file = folder.appendingPathComponent("export.xml")
    try Data("<rows>\n<row><a>x</a><b>1</b><b>2</b></row>\n</rows>\n".utf8).write(to: file)
    let outcome = try CareVoiceProcess.run(["inspect", file.path])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "{\"line\": 2, \"fields\": {\"a\": \"x\", \"b\": [\"1\", \"2\"]}}\n")
  }

  @Test("prints diagnostics to stderr and exits 65 when the file has errors")
  func diagnostics() throws {
    let folder = try Repository.scratchFolder()
    let file = folder.appendingPathComponent("bad.csv")
    try Data("a,b\n1,2,3\n".utf8).write(to: file)
    let outcome = try CareVoiceProcess.run(["inspect", file.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.hasPrefix("\(file.path):2:3: error: this row has 3 fields"))
  }

  @Test("exits 66 when the file cannot be opened")
  func missingFile() throws {
    let outcome = try CareVoiceProcess.run(["inspect", "/no/such/file.csv"])
    #expect(outcome.status == 66)
    #expect(outcome.standardError.contains("/no/such/file.csv"))
  }

  @Test("takes an explicit delimiter and record name")
  func explicitOptions() throws {
    let folder = try Repository.scratchFolder()
    let csv = folder.appendingPathComponent("t.txt")
    try Data("a\tb\n1\t2\n".utf8).write(to: csv)
    let tab = try CareVoiceProcess.run(["inspect", csv.path, "--format", "csv", "--delimiter", "tab"])
    #expect(tab.standardOutput == "{\"line\": 2, \"fields\": {\"a\": \"1\", \"b\": \"2\"}}\n")
    let xml = folder.appendingPathComponent("lime.xml")
    try Data("<document><rows><row><id>1</id></row><row><id>2</id></row></rows></document>".utf8).write(to: xml)
    let rows = try CareVoiceProcess.run(["inspect", xml.path, "--record", "row"])
    #expect(rows.standardOutput.split(separator: "\n").count == 2)
    let bad = try CareVoiceProcess.run(["inspect", csv.path, "--delimiter", "ab"])
    #expect(bad.status == 64)
  }
}
