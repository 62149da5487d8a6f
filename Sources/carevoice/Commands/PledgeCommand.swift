import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice pledge --pledge ID`: promise by promise, the evidence, rating, trend and "You said, we did" actions.
struct PledgeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pledge",
    abstract: "The pledge-tracking summary: each promise's evidence, rating, trend and actions."
  )

  /// How `pledge` writes the summary.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, md, json, csv
  }

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The Pledge, by its id.")
  var pledge: String

  @Option(help: "The period to report, such as \"2026-27 Q2\" (default: the latest with evidence).")
  var period: String?

  @Option(name: .customLong("as-of"), help: "The day actions are judged on, YYYY-MM-DD (default: today).")
  var asOf: String?

  @Option(name: .customLong("min-cell"), help: "Counts below this are hidden (default 6; 0 turns hiding off).")
  var minCell: Int = DisclosureRule.standard.minimumCell

  @Option(help: "table (for reading), md, json or csv.")
  var format: Format = .table

  @Option(name: .customLong("csv-table"), help: "With --format csv: indicators, themes or actions.")
  var csvTable: PledgeSummary.CSVTable = .indicators

  func validate() throws {
    if let period, Period(label: period) == nil {
      throw ValidationError("--period \"\(period)\" is not a period; write for example 2026-27 Q2 or 2026-27")
    }
    if let asOf, Day(iso: asOf) == nil || asOf.count != 10 {
      throw ValidationError("--as-of \"\(asOf)\" is not a date; write it as YYYY-MM-DD, for example 2026-11-25")
    }
    if minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
  }

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      guard let pledge = workspace.pledge(self.pledge) else {
        let known = workspace.pledges.map(\.id).joined(separator: ", ")
        throw ValidationError("there is no Pledge '\(self.pledge)' in \(workspace.directory); the Pledges are \(known)")
      }
      let store = try Store(path: options.databasePath)
      let summary = try PledgeQuery.run(
        pledge: pledge, workspace: workspace, period: period.flatMap(Period.init(label:)),
        asOf: asOf.flatMap(Day.init(iso:)) ?? Day.today, rule: DisclosureRule(minimumCell: minCell), store: store)
      switch format {
      case .table: print(summary.table(), terminator: "")
      case .md: print(summary.markdown(), terminator: "")
      case .json: print(String(decoding: try summary.json(), as: UTF8.self))
      case .csv: print(summary.csv(csvTable), terminator: "")
      }
      return .success
    }
  }
}

extension PledgeSummary.CSVTable: ExpressibleByArgument {}

extension Day {
  /// Today in the machine's time zone: the one place the command line reads the clock.
  static var today: Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
  }
}
