import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice validate FILE... --instrument ID`: reads and checks exports, stores nothing.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check exports against an instrument and print what is wrong, without loading anything."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "Export files, or folders of them (a folder of ODK submissions is one export).")
  var files: [String]

  @Option(help: "The instrument the exports answer, by its id.")
  var instrument: String

  @Option(help: "The export's dialect: \(DialectOption.allValueStrings.joined(separator: ", ")).")
  var format: DialectOption = .auto

  @Option(help: "The CSV delimiter: one character, or 'tab'. Sniffed when not given.")
  var delimiter: String?

  @OptionGroup(title: "Limits") var limitOptions: LimitOptions

  func validate() throws {
    if let delimiter, Delimiter.byte(delimiter) == nil {
      throw ValidationError("--delimiter must be one character, such as ',' or ';', or the word 'tab'")
    }
  }

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      let instrument = try workspace.requireInstrument(self.instrument)
      var worst = ExitStatus.success
      for path in try ExportFiles.expand(files) {
        do {
          let validation = try Validation.of(
            path, instrument: instrument, dialect: format.dialect, delimiter: delimiter.flatMap(Delimiter.byte),
            limits: limitOptions.limits)
          for diagnostic in validation.diagnostics { StandardError.print(diagnostic.description) }
          print(validation.summary)
          if validation.errors > 0, worst == .success { worst = .dataError }
        } catch {
          let status = ExitStatus.reporting(error)
          if worst == .success || status == .cannotOpenInput { worst = status }
        }
      }
      return worst
    }
  }
}
