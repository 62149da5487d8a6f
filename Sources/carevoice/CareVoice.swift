import ArgumentParser

/// The `carevoice` command: checks, stores, tallies and reports what children, young people and carers said.
@main
struct CareVoice: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carevoice",
    abstract: "Check, tally and report what children in care, care leavers and foster carers said.",
    version: "0.1.0",
    subcommands: [
      InspectCommand.self, ValidateCommand.self, LoadCommand.self, BatchesCommand.self, UnloadCommand.self,
      TallyCommand.self, ThemesCommand.self, PledgeCommand.self, ReportCommand.self, DemoCommand.self,
    ]
  )
}
