import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice load FILE|DIR... --instrument ID`: stores each export as one batch, all or nothing.
struct LoadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Load exports into the database, each file as one batch: all of it, or nothing of it."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "Export files, or folders of them (a folder of ODK submissions is one batch).")
  var files: [String]

  @Option(help: "The instrument the exports answer, by its id.")
  var instrument: String

  @Option(
    help:
      "The period of every response, such as \"2025-26 Q1\", \"2025-26\" or \"2025-09\". Without it each response's quarter comes from its submission date."
  )
  var period: String?

  @Option(help: "The export's dialect: \(DialectOption.allValueStrings.joined(separator: ", ")).")
  var format: DialectOption = .auto

  @Option(help: "The CSV delimiter: one character, or 'tab'. Sniffed when not given.")
  var delimiter: String?

  @Option(
    name: .customLong("on-error"),
    help:
      "reject: any error and nothing of that file is stored (default); skip: leave out the responses with errors and store the rest."
  )
  var onError: String = "reject"

  @OptionGroup(title: "Limits") var limitOptions: LimitOptions

  func validate() throws {
    if let delimiter, Delimiter.byte(delimiter) == nil {
      throw ValidationError("--delimiter must be one character, such as ',' or ';', or the word 'tab'")
    }
    if let period, Period(label: period) == nil {
      throw ValidationError(
        "--period \"\(period)\" is not a period; write a financial quarter (2025-26 Q1), a financial year (2025-26) or a month (2025-09)"
      )
    }
    if BatchLoad.ErrorPolicy(rawValue: onError) == nil {
      throw ValidationError("--on-error must be reject or skip")
    }
  }

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      let instrument = try workspace.requireInstrument(self.instrument)
      let store = try Store(path: options.databasePath)
      var worst = ExitStatus.success
      for path in try ExportFiles.expand(files) {
        let display = ProgressDisplay(file: path)
        let request = BatchLoad.Request(
          path: path, instrument: instrument, dialect: format.dialect, delimiter: delimiter.flatMap(Delimiter.byte),
          period: period.flatMap(Period.init(label:)), onError: BatchLoad.ErrorPolicy(rawValue: onError) ?? .reject,
          limits: limitOptions.limits)
        do {
          let outcome = try BatchLoad.run(request, into: store, progress: display.update)
          display.finish()
          for diagnostic in outcome.diagnostics { StandardError.print(diagnostic.description) }
          print(outcome.summary)
          if case .rejected = outcome.result { worst = worst.worse(.dataError) }
        } catch let error as StoreError {
          display.finish()
          throw error
        } catch {
          display.finish()
          worst = worst.worse(ExitStatus.reporting(error))
        }
      }
      return worst
    }
  }
}
