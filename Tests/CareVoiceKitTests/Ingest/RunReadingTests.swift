import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

/// Reading a run at a time (what `load` and `validate` do; for CSV, on a stage thread of its own) gives exactly the
/// responses and diagnostics that reading one response at a time gives.
@Suite struct RunReadingTests {
  typealias F = IngestFixtures

  /// Both ways of reading one export.
  static func bothWays(_ path: String, instrument: Instrument, dialect: Dialect? = nil) throws -> (
    one: (responses: [ReadResponse], diagnostics: [Diagnostic]),
    runs: (responses: [ReadResponse], diagnostics: [Diagnostic])
  ) {
    var single = try ResponseSources.open(path, instrument: instrument, dialect: dialect)
    var one: [ReadResponse] = []
    while let read = try single.next() { one.append(read) }
    var batched = try ResponseSources.open(path, instrument: instrument, dialect: dialect)
    var runs: [ReadResponse] = []
    try batched.forEachRun { run, _ in
      for index in run.indices { runs.append(run.readResponse(at: index)) }
    }
    return ((one, single.diagnostics), (runs, batched.diagnostics))
  }

  @Test("agree on every bundled batch and every example with errors, read as every bundled instrument")
  func bundledFiles() throws {
    let workspace = try BundledWorkspaceTests.workspace()
    let root = BundledWorkspaceTests.root.appendingPathComponent("surveys")
    let files = try ExportFiles.expand([
      root.appendingPathComponent("batches").path, root.appendingPathComponent("examples-with-errors").path,
    ])
    #expect(files.count > 20)
    for path in files {
      for instrument in workspace.instruments {
        let read = try Self.bothWays(path, instrument: instrument)
        #expect(read.runs.responses == read.one.responses, "\(path) as \(instrument.id)")
        #expect(read.runs.diagnostics == read.one.diagnostics, "\(path) as \(instrument.id)")
      }
    }
  }

  @Test("agree on a long CSV with every kind of trouble, on both sides of the stage's chunks")
  func messyLongExport() throws {
    var lines = ["response_id,submitted,age_band,feel_safe,activities,social_workers,change_one"]
    for number in 1...1_300 {
      if number % 97 == 5 {
        // No id: one is made from the values, and identical rows are told apart.
        lines.append(",2025-04-01,8-12,Yes,Sport,1,the same words")
        continue
      }
      let id = number % 97 == 11 ? "R\(number - 11)" : "R\(number)"  // an id used before, or a new one
      let answer = ["Yes", "no", " Sometimes ", "Maybe", "A1", ""][number % 6]
      let date = number % 89 == 3 ? "31/02/2025" : "2025-0\(number % 9 + 1)-1\(number % 10)"
      let age = ["8-12", "13-15", "16-17", "", "18+"][number % 5]
      let activities = ["Sport;Music", "Youth club", "", "Knitting", "sport; drawing, painting"][number % 5]
      let workers = ["3", "", "two", "1e3", "2.5"][number % 5]
      let comment = ["\"More time, with my \"\"own\"\" social worker\"", "", " \u{00A0}Nothing\u{00A0} ", "ok"][
        number % 4]
      lines.append([id, date, age, answer, activities, workers, comment].joined(separator: ","))
      if number == 700 { lines.append(lines[0]) }  // two exports pasted together
      if number == 1_030 { lines.append("R9999,2025-05-01,8-12") }  // a short row
      if number == 1_031 { lines.append("R9998,2025-05-01,8-12,Yes,,,,extra") }  // a long one
    }
    let path = try F.file("messy.csv", lines.joined(separator: "\r\n") + "\r\nR10000,\"2025-06-01")
    let read = try Self.bothWays(path, instrument: F.instrument)
    #expect(read.one.responses.count == 1_304)
    #expect(read.runs.responses == read.one.responses)
    #expect(read.runs.diagnostics == read.one.diagnostics)
    #expect(read.one.responses.contains { $0.response.id.hasPrefix("sha256:") && $0.response.id.hasSuffix("#2") })
    #expect(read.one.diagnostics.contains { $0.message.contains("repeats the header row") })
    #expect(read.one.diagnostics.contains { $0.message.contains("is used again here") })
  }

  @Test("agree on rows wider than a chunk's bytes, which go in chunks of fewer rows")
  func wideRows() throws {
    let notes = String(repeating: "metadata the instrument does not read; ", count: 150)  // 6 KB
    var lines = ["response_id,notes,feel_safe,change_one"]
    for number in 1...300 {
      let id = number == 200 ? "R150" : number % 50 == 7 ? "" : "R\(number)"
      lines.append("\(id),\"\(notes)\",\(["Yes", "No", "Maybe"][number % 3]),comment \(number % 4)")
    }
    let path = try F.file("wide.csv", lines.joined(separator: "\n") + "\n")
    let read = try Self.bothWays(path, instrument: F.instrument)
    #expect(read.one.responses.count == 300)
    #expect(read.runs.responses == read.one.responses)
    #expect(read.runs.diagnostics == read.one.diagnostics)
    #expect(read.one.diagnostics.contains { $0.message.contains("response id R150 is used again here") })
  }
}
