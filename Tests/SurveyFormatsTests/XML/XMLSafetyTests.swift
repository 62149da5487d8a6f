import CLibXML2
import Foundation
import SurveyFormats
import Testing

@Suite struct XMLSafetyTests {
  @Test(
    "refuses an external entity, whatever it points to, without reading it",
    arguments: ["file:///etc/passwd", "http://127.0.0.1:9/secret.txt", "/etc/hostname"])
  func refusesExternalEntity(target: String) throws {
    let (records, diagnostics) = try read(
      """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY x SYSTEM "\(target)">]>
      <r><a>&x;</a></r>
      """)
    #expect(records == [])
    #expect(
      diagnostics.map(\.description) == [
        "export.xml:2: error: this file declares an external entity \"x\" that points to \(target); carevoice"
          + " never reads external entities (they can leak other files or reach the network), so it stops here"
          + " — export the file again from the survey tool"
      ])
    #expect(!diagnostics.description.contains("root:"))
  }

  @Test("refuses an external parameter entity in the DOCTYPE")
  func refusesParameterEntity() throws {
    let (records, diagnostics) = try read(
      "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><r><a>1</a></r>")
    #expect(records == [])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.hasPrefix("this file declares an external entity \"p\"") == true)
  }

  @Test("never loads an external DTD named by the DOCTYPE")
  func ignoresExternalDTD() throws {
    let (records, diagnostics) = try read(
      "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r><row><a>1</a></row></r>")
    #expect(records.map(\.fields) == [[field("a", nil, "1")]])
    #expect(diagnostics == [])
  }

  @Test("never follows an XInclude: the element stays an element")
  func ignoresXInclude() throws {
    let (records, diagnostics) = try read(
      "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><row><xi:include href=\"file:///etc/passwd\" parse=\"text\"/>"
        + "</row></r>")
    #expect(
      records.map(\.fields) == [
        [
          field("href", "include/href", "file:///etc/passwd"), field("parse", "include/parse", "text"),
          field("include", nil, ""),
        ]
      ])
    #expect(diagnostics == [])
  }

  @Test("refuses a billion laughs document quickly")
  func refusesBillionLaughs() throws {
    var declarations = "<!ENTITY lol0 \"lol\">\n"
    for level in 1...9 {
      let references = String(repeating: "&lol\(level - 1);", count: 10)
      declarations += "<!ENTITY lol\(level) \"\(references)\">\n"
    }
    let clock = ContinuousClock()
    var outcome: (records: [Record], diagnostics: [Diagnostic]) = ([], [])
    let elapsed = try clock.measure {
      outcome = try read("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(declarations)]>\n<lolz><a>&lol9;</a></lolz>")
    }
    #expect(elapsed < .seconds(1))
    #expect(outcome.records == [])
    #expect(
      outcome.diagnostics.map(\.description) == [
        "export.xml:3: error: this file declares its own entity \"lol0\" in a DOCTYPE; survey exports never do,"
          + " and such declarations can make a small file expand without limit, so carevoice stops here"
          + " — export the file again from the survey tool"
      ])
  }

  @Test("refuses one big entity referenced many times")
  func refusesQuadraticBlowup() throws {
    let big = String(repeating: "x", count: 100_000)
    let references = String(repeating: "&big;", count: 100_000)
    let clock = ContinuousClock()
    var outcome: (records: [Record], diagnostics: [Diagnostic]) = ([], [])
    let elapsed = try clock.measure {
      outcome = try read("<!DOCTYPE r [<!ENTITY big \"\(big)\">]><r><a>\(references)</a></r>")
    }
    #expect(elapsed < .seconds(1))
    #expect(outcome.records == [])
    #expect(outcome.diagnostics.map(\.isError) == [true])
  }

  @Test("refuses nesting deeper than the limit without crashing", arguments: [129, 100_000])
  func refusesDeepNesting(levels: Int) throws {
    let text = String(repeating: "<a>", count: levels) + String(repeating: "</a>", count: levels)
    let (records, diagnostics) = try read(text)
    #expect(records == [])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.message.hasPrefix("the XML nests elements more than 128 deep here") == true)
  }

  @Test("refuses a value longer than the field limit")
  func refusesLongField() throws {
    let limits = XMLRecordReader.Limits(maxFieldBytes: 10)
    let (records, diagnostics) = try read("<r><row><a>12345678901</a></row></r>", limits: limits)
    #expect(records == [])
    #expect(diagnostics.map(\.location.line) == [1])
    #expect(diagnostics.first?.message.hasPrefix("one value here is longer than 10 bytes") == true)
  }

  @Test("refuses a record of very many empty elements, and a submission too big to hold")
  func refusesOversizedRecords() throws {
    let limits = XMLRecordReader.Limits(maxRecordBytes: 10_000)
    let empties = String(repeating: "<q/>", count: 1_000)
    let (records, diagnostics) = try read("<r>\n<row>\(empties)</row></r>", limits: limits)
    #expect(records == [])
    #expect(diagnostics.map(\.location.line) == [2])
    #expect(diagnostics.first?.message.hasPrefix("the record starting here holds more than 10000 bytes") == true)

    let children = String(repeating: "<q>1</q>\n", count: 1_000)
    let submission = "<data>\n<meta><instanceID>uuid:1</instanceID></meta>\n\(children)</data>"
    let (submissions, submissionDiagnostics) = try read(submission, limits: limits)
    #expect(submissions == [])
    #expect(submissionDiagnostics.map(\.location.line) == [1])
    #expect(
      submissionDiagnostics.first?.message.hasPrefix("the submission starting here holds more than 10000 bytes") == true
    )
  }

  @Test("the external entity loader refuses every file and address")
  func loaderRefusesEverything() {
    _ = try? read("<r/>")
    let loader = xmlGetExternalEntityLoader()
    for url in ["file:///etc/passwd", "/etc/passwd", "http://127.0.0.1:9/x.dtd"] {
      #expect(loader?(url, nil, nil) == nil)
    }
  }
}
