import ArgumentParser
import CareVoiceKit

/// `carevoice tally --instrument ID`: every question's counts, percentages, intervals and trends.
struct TallyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tally",
    abstract: "Tally every question of an instrument: bases, counts, percentages with intervals, trends."
  )

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var reporting: ReportingOptions

  @Option(help: "The instrument to tally, by its id.")
  var instrument: String

  @Option(help: "Break every question down by a respondent attribute, or by period.")
  var by: String?

  @Option(help: "table (for reading), csv, json or md.")
  var format: TallyFormat = .table

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      let instrument = try workspace.requireInstrument(self.instrument)
      let store = try Store(path: options.databasePath)
      let breakdown = Breakdown(by: by)
      do {
        _ = try TallyAccumulator(instrument: instrument, breakdown: breakdown)
      } catch {
        throw ValidationError("\(error)")
      }
      let (tally, warnings) = try TallyQuery.run(
        instrument: instrument, periods: reporting.periods, breakdown: breakdown, rule: reporting.rule, store: store)
      for warning in warnings { StandardError.print(warning.description) }
      if tally.respondents == 0 {
        StandardError.print(
          "nothing is loaded for \(instrument.id)\(reporting.periods.isEmpty ? "" : " in the periods asked for"); "
            + "load its exports with carevoice load")
      }
      print(tally.rendered(as: format), terminator: "")
      return .success
    }
  }
}

extension TallyFormat: ExpressibleByArgument {}
