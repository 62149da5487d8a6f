import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice demo`: loads the bundled workspace into a temporary database and writes every report from it.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Load every sample batch into a temporary database and write every report; prints the files written.",
    discussion: """
      Nothing is loaded into your own database: the demo's database is made in a private temporary folder and \
      deleted when the demo ends. Each batch folder's name gives its period (2025-26-Q1 is "2025-26 Q1").
      """
  )

  @Option(help: "The workspace folder holding instruments/, codebooks/, pledges/ and batches/.")
  var workspace = "surveys"

  @Option(help: "The folder to write the reports into.")
  var out = "reports"

  @Option(name: .customLong("as-of"), help: "The day figures and actions are as of, YYYY-MM-DD (default: today).")
  var asOf: String?

  @Option(help: "The formats, separated by commas: html, md, csv, json, xlsx (default: all).")
  var formats: String = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")

  func validate() throws {
    if let asOf, Day(iso: asOf) == nil || asOf.count != 10 {
      throw ValidationError("--as-of \"\(asOf)\" is not a date; write it as YYYY-MM-DD, for example 2026-11-25")
    }
    if case .failure(let error) = ReportFormat.parse(formats) { throw ValidationError("--formats: \(error)") }
  }

  func run() throws {
    try exitingOnFailure {
      let workspace = try WorkspaceOptions.parse(["--workspace", self.workspace]).loadWorkspace()
      let asOf = self.asOf.flatMap(Day.init(iso:)) ?? Day.today
      let formats = (try? ReportFormat.parse(formats).get()) ?? ReportFormat.allCases
      let outcome: Demo.Outcome
      do {
        outcome = try writingReports { try Demo.run(workspace: workspace, into: out, asOf: asOf, formats: formats) }
      } catch let failure as Demo.LoadFailure {
        StandardError.print(failure.description)
        throw Failure(status: .dataError)
      }
      for folder in outcome.skippedFolders {
        StandardError.print("\(folder): warning: the folder's name is not a period (such as 2025-26-Q1); skipped")
      }
      let responses = outcome.loads.reduce(0) { total, load in
        if case .loaded(let batch) = load.result { return total + batch.counts.loaded }
        return total
      }
      StandardError.print(
        "Loaded \(outcome.loads.count) exports (\(responses) responses) into a temporary database; figures as of "
          + "\(asOf). Wrote \(outcome.files.count) files:")
      for file in outcome.files { print(file) }
      return .success
    }
  }
}
