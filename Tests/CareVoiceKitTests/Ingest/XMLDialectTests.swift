import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

/// ODK/Kobo submissions and generic XML read as responses, value by value.
@Suite struct XMLDialectTests {
  typealias F = IngestFixtures

  static func submission(instanceID: String, feelSafe: String, activities: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <data id="child-review" version="2025061001" xmlns:orx="http://openrosa.org/xforms">
      <formhub><uuid>d156a2dce4c34751af57f21ef5c4e6cc</uuid></formhub>
      <start>2025-07-01T10:00:00.000+01:00</start>
      <end>2025-07-01T10:06:00.000+01:00</end>
      <about>
        <feel_safe>\(feelSafe)</feel_safe>
        <age_band>8-12</age_band>
      </about>
      <activities>\(activities)</activities>
      <change_one/>
      <__version__>vWvkKzNE8xCtfApJvabfjG</__version__>
      <orx:meta><orx:instanceID>\(instanceID)</orx:instanceID></orx:meta>
    </data>

    """
  }

  @Test("reads an ODK submission: groups flattened, select_multiple by spaces, instanceID as the id")
  func odkSubmission() throws {
    let path = try F.file(
      "submission.xml", Self.submission(instanceID: "uuid:9d3f", feelSafe: "yes", activities: "sport youth-club"))
    let read = try F.read(path)
    #expect(read.dialect == .odk)
    #expect(read.diagnostics.isEmpty)
    let response = try #require(read.responses.first?.response)
    #expect(read.responses.count == 1)
    #expect(response.id == "uuid:9d3f")
    #expect(response.submitted == F.day("2025-07-01"))
    #expect(response.attributes == ["8-12"])
    #expect(response.answers == [.choice(0), .choices([0, 2]), .notShown, .skipped])
  }

  @Test("reads a folder of ODK submissions as one export, naming each file in its diagnostics")
  func odkFolder() throws {
    let first = try F.file("a.xml", Self.submission(instanceID: "uuid:1", feelSafe: "no", activities: "music"))
    let folder = (first as NSString).deletingLastPathComponent
    try Data(Self.submission(instanceID: "uuid:2", feelSafe: "maybe", activities: "").utf8)
      .write(to: URL(fileURLWithPath: folder).appendingPathComponent("b.xml"))
    let read = try F.read(folder)
    #expect(read.dialect == .odk)
    #expect(read.responses.map(\.response.id) == ["uuid:1", "uuid:2"])
    #expect(read.responses.map(\.hasErrors) == [false, true])
    #expect(read.responses[0].response.answers == [.choice(2), .choices([1]), .notShown, .skipped])
    let error = try #require(read.diagnostics.first)
    #expect(error.location.file.hasSuffix("/b.xml"))
    #expect(error.description.contains("\"maybe\" is not an answer to \"Do you feel safe where you live?\""))
  }

  @Test("says how many bytes it has read, for the progress line: a whole XML file, then every file of a folder")
  func bytesReadForProgress() throws {
    let first = try F.file("a.xml", Self.submission(instanceID: "uuid:1", feelSafe: "no", activities: "music"))
    let folder = (first as NSString).deletingLastPathComponent
    let second = (folder as NSString).appendingPathComponent("b.xml")
    try Data(Self.submission(instanceID: "uuid:2", feelSafe: "yes", activities: "").utf8)
      .write(to: URL(fileURLWithPath: second))
    func size(_ path: String) throws -> Int {
      try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }
    for (path, files) in [(first, [first]), (folder, [first, second])] {
      var source = try ResponseSources.open(path, instrument: F.instrument, dialect: .odk)
      var progress: [Int] = []
      try source.forEach { _, bytesRead in progress.append(bytesRead) }
      #expect(progress.count == files.count)
      #expect(progress.last == (try files.map(size).reduce(0, +)), "\(path)")
      #expect(progress == progress.sorted())
    }
  }

  @Test("reads generic XML: attributes as fields, a repeated element as several options, absent as not shown")
  func genericXML() throws {
    let path = try F.file(
      "export.xml",
      """
      <responses>
        <response response_id="X1"><submitted>2025-07-01</submitted><feel_safe>No</feel_safe><activities>Sport</activities><activities>Music</activities><social_workers>4</social_workers></response>
        <response response_id="X2"><submitted>2025-07-02</submitted><feel_safe>Yes</feel_safe><change_one>More trips</change_one></response>
      </responses>
      """)
    let read = try F.read(path)
    #expect(read.dialect == .xml)
    #expect(read.diagnostics.isEmpty)
    let responses = read.responses.map(\.response)
    #expect(responses.map(\.id) == ["X1", "X2"])
    #expect(responses.map(\.location.line) == [2, 3])
    #expect(responses[0].answers == [.choice(2), .choices([0, 1]), .number(4), .notShown])
    #expect(responses[1].answers == [.choice(0), .notShown, .notShown, .text("More trips")])
  }
}
