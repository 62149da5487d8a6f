import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

/// A small review consultation used by the adapter tests: every question type, an attribute, id and date fields.
enum IngestFixtures {
  static let instrumentYAML = """
    id: child-review
    title: Child review consultation
    kind: review-consultation
    respondent:
      id: response_id
      submitted: submitted
      attributes:
        - id: age_band
          label: Age band
          values: ["8-12", "13-15", "16-17"]
    scales:
      yes-sometimes-no:
        - { value: "yes", label: "Yes", positive: true, aliases: ["y", "1", "A1"] }
        - { value: "sometimes", label: "Sometimes", aliases: ["2", "A2"] }
        - { value: "no", label: "No", aliases: ["n", "3", "A3"] }
    questions:
      - id: feel_safe
        text: Do you feel safe where you live?
        type: single
        scale: yes-sometimes-no
        aliases: ["Q1"]
      - id: activities
        text: What do you do in your free time?
        type: multiple
        aliases: ["Q3"]
        options:
          - { value: "sport", label: "Sport", aliases: ["SQ001"] }
          - { value: "music", label: "Music", aliases: ["SQ002"] }
          - { value: "youth-club", label: "Youth club", aliases: ["SQ003"] }
          - { value: "drawing", label: "Drawing, painting", aliases: ["SQ004"] }
      - id: social_workers
        text: How many social workers have you had?
        type: number
        aliases: ["Q4"]
      - id: change_one
        text: What would you like to change?
        type: text
        aliases: ["Q5"]
    """

  static let instrument: Instrument = {
    do {
      return try Instrument.parse(yaml: instrumentYAML, file: "child-review.yaml")
    } catch {
      preconditionFailure("the test instrument does not load: \(error)")
    }
  }()

  /// Writes `text` to a temporary file with this name and returns its path.
  static func file(_ name: String, _ text: String) throws -> String {
    try file(name, Array(text.utf8))
  }

  static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carevoice-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Every response of an export, read in the given (or recognised) dialect, with the source's diagnostics.
  static func read(
    _ path: String, dialect: Dialect? = nil, instrument: Instrument = instrument
  ) throws -> (dialect: Dialect, responses: [ReadResponse], diagnostics: [Diagnostic]) {
    var source = try ResponseSources.open(path, instrument: instrument, dialect: dialect)
    var responses: [ReadResponse] = []
    while let response = try source.next() { responses.append(response) }
    return (source.dialect, responses, source.diagnostics)
  }

  static func day(_ iso: String) -> Day? { Day(iso: iso) }
}
