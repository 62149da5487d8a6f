import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice themes --instrument ID`: what comments talk about, coded with the instrument's codebooks.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "Code comments into themes: counts, shares, redacted quotes, and what no theme caught."
  )

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var reporting: ReportingOptions

  @Option(help: "The instrument whose comments to code, by its id.")
  var instrument: String

  @Option(help: "One text question, by its id (default: every text question with a codebook).")
  var question: String?

  @Option(help: "Break the figures down by a respondent attribute, or by period.")
  var by: String?

  @Option(help: "table (for reading), csv, json or md.")
  var format: ThemesFormat = .table

  @Flag(help: "Also list the comments no theme matched (redacted), to help extend the codebook.")
  var uncoded = false

  @Option(help: "Example quotes per theme (redacted; 0 for none).")
  var quotes = 3

  @Option(help: "A hand-coded sample (CSV: codebook, comment, themes) to measure the codebook's agreement against.")
  var check: String?

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      let instrument = try workspace.requireInstrument(self.instrument)
      if let check {
        let codebook = try question.flatMap { id in
          try ThemesQuery.codedQuestions(of: instrument, question: id, workspace: workspace).first?.codebook.id
        }
        let results = try AgreementCheck.run(sampleAt: check, workspace: workspace, defaultCodebook: codebook)
        print(AgreementText.render(results, redactor: Redactor(list: workspace.redaction)), terminator: "")
        return .success
      }
      let breakdown = Breakdown(by: by)
      do {
        _ = try TallyAccumulator(instrument: instrument, breakdown: breakdown)
      } catch {
        throw ValidationError("\(error)")
      }
      let store = try Store(path: options.databasePath)
      let request = ThemesQuery.Request(
        instrument: instrument, question: question, periods: reporting.periods, breakdown: breakdown,
        rule: reporting.rule, quotesPerTheme: max(0, quotes), includesUncoded: uncoded)
      let report: ThemesReport
      do {
        report = try ThemesQuery.run(request, workspace: workspace, store: store)
      } catch let unavailable as ThemesQuery.Unavailable {
        throw ValidationError(unavailable.description)
      }
      if report.questions.allSatisfy({ ($0.answered ?? 0) == 0 }) {
        StandardError.print("no comments are loaded for \(instrument.id); load its exports with carevoice load")
      }
      print(report.rendered(as: format, instrument: instrument), terminator: "")
      return .success
    }
  }
}

extension ThemesFormat: ExpressibleByArgument {}
