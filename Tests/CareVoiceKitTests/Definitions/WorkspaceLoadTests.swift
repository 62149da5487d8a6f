import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

@Suite struct WorkspaceLoadTests {
  static func fixtureFolder() throws -> String {
    try #require(Bundle.module.url(forResource: "definitions", withExtension: nil, subdirectory: "Fixtures")).path
  }

  @Test("loads every definition of a workspace folder in file-name order")
  func loadsFolder() throws {
    let folder = try Self.fixtureFolder()
    let workspace = try Workspace.load(from: folder)
    #expect(workspace.directory == folder)
    #expect(workspace.instruments.map(\.id) == ["child-review-consultation", "foster-carer-survey"])
    #expect(workspace.codebooks.map(\.id) == ["review-comments"])
    #expect(workspace.pledges.map(\.id) == ["our-pledge"])
    #expect(
      workspace.redaction
        == RedactionList(names: ["Kayden", "Maisie-Rose"], schools: ["Hilltop Academy"], places: ["Brackenford"]))
    #expect(workspace.warnings.isEmpty)
  }

  @Test("records the first 16 hex digits of the SHA-256 of the instrument file as its version")
  func versionIsFileDigest() throws {
    let folder = try Self.fixtureFolder()
    let path = folder + "/instruments/foster-carer-survey.yaml"
    let workspace = try Workspace.load(from: folder)
    let digest = SHA256.hex(try SHA256.hash(fileAt: path))
    #expect(workspace.instrument("foster-carer-survey")?.version == String(digest.prefix(16)))
    #expect(workspace.instrument("foster-carer-survey")?.version.count == 16)
  }

  @Test("rewrites an indicator's positive answers to the options' values")
  func resolvesPositive() throws {
    let workspace = try Workspace.load(from: try Self.fixtureFolder())
    let pledge = try #require(workspace.pledge("our-pledge"))
    #expect(pledge.commitments[0].indicators[0].positive == ["yes"])
    #expect(pledge.commitments[1].indicators[0].positive == nil)
  }

  @Test("says when the workspace folder does not exist")
  func missingFolder() {
    #expect {
      try Workspace.load(from: "/nonexistent/surveys")
    } throws: { error in
      (error as? DefinitionErrors)?.description
        == "/nonexistent/surveys:1: error: there is no workspace folder here; give --workspace the folder that holds instruments/, codebooks/ and pledges/"
    }
  }

  @Test("reads files from disk, reporting a file that is not UTF-8 and warning of a misnamed file")
  func filesOnDisk() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workspace-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("instruments"), withIntermediateDirectories: true)
    let yaml = "id: carers\ntitle: Carers\nquestions:\n  - { id: age, text: Age, type: number }\n"
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("instruments/foster.yaml"))
    try Data("notes".utf8).write(to: folder.appendingPathComponent("instruments/README.md"))
    let workspace = try Workspace.load(from: folder.path)
    #expect(
      workspace.warnings.map(\.description) == [
        "\(folder.path)/instruments/foster.yaml:1: warning: the file is named 'foster.yaml' but the instrument's id is 'carers'; rename the file 'carers.yaml' so the two agree"
      ])
    try Data([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe]).write(to: folder.appendingPathComponent("instruments/broken.yaml"))
    #expect {
      try Workspace.load(from: folder.path)
    } throws: { error in
      (error as? DefinitionErrors)?.description
        == "\(folder.path)/instruments/broken.yaml:1: error: this file is not UTF-8 text; open it in a text editor and save it again as UTF-8"
    }
  }
}
