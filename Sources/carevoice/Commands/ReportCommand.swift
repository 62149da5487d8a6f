import ArgumentParser
import CareVoiceKit
import Foundation

/// `carevoice report --pledge ID|--instrument ID --out DIR`: the written reports, for one audience, in every format.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a report for the board, young people, the fostering team or the officer: HTML, Markdown, CSV, "
      + "JSON and XLSX.",
    discussion: """
      With --pledge, the audience is board (the default) or young-people. With --instrument, it is the full \
      survey report for the officer (the default) or, for a foster carer survey, foster-carers: what carers rate \
      lowest and say most, with an action plan. Files go to DIR/<audience>/<id>.<format>, readable by you only.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The Pledge to report on, by its id.")
  var pledge: String?

  @Option(help: "The instrument to report on, by its id.")
  var instrument: String?

  @Option(
    help:
      "Who the report is for: board, young-people, foster-carers (default: board for a Pledge, the full survey report for an instrument)."
  )
  var audience: ReportAudience?

  @Option(help: "The period to report, such as \"2026-27 Q2\" (default: the latest with data).")
  var period: String?

  @Option(name: .customLong("as-of"), help: "The day figures and actions are as of, YYYY-MM-DD (default: today).")
  var asOf: String?

  @Option(
    name: .customLong("min-cell"),
    help: "Counts below this are hidden (default 6, so 1 to 5 are hidden; 0 turns hiding off).")
  var minCell: Int = DisclosureRule.standard.minimumCell

  @Option(help: "The folder to write the reports into.")
  var out: String

  @Option(help: "The formats, separated by commas: html, md, csv, json, xlsx (default: all).")
  var formats: String = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")

  @Option(help: "foster-carers: the positive share every area should reach, in percent.")
  var target: Double = ActionPlanRule().target

  @Option(
    name: .customLong("rising-points"),
    help: "foster-carers: how many points a comment theme must rise to go into the plan.")
  var risingPoints: Double = ActionPlanRule().risingPoints

  func validate() throws {
    switch (pledge, instrument) {
    case (nil, nil): throw ValidationError("say what to report on: --pledge ID or --instrument ID")
    case (.some, .some): throw ValidationError("give --pledge or --instrument, not both")
    default: break
    }
    if pledge != nil, audience == .fosterCarers || audience == .survey {
      throw ValidationError(
        "a \(audience?.rawValue ?? "") report is about a survey, not a Pledge: use --instrument ID with it")
    }
    if instrument != nil, audience == .board || audience == .youngPeople {
      throw ValidationError("a \(audience?.rawValue ?? "") report is about a Pledge: use --pledge ID with it")
    }
    if let period, Period(label: period) == nil {
      throw ValidationError(
        "--period \"\(period)\" is not a period; write a financial quarter (2026-27 Q2), a financial year (2026-27) or a month (2026-09)"
      )
    }
    if let asOf, Day(iso: asOf) == nil || asOf.count != 10 {
      throw ValidationError("--as-of \"\(asOf)\" is not a date; write it as YYYY-MM-DD, for example 2026-11-25")
    }
    if minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
    if case .failure(let error) = ReportFormat.parse(formats) { throw ValidationError("--formats: \(error)") }
    if !(0...100).contains(target) { throw ValidationError("--target must be a percentage from 0 to 100") }
    if !(risingPoints > 0 && risingPoints <= 100) { throw ValidationError("--rising-points must be more than 0") }
  }

  func run() throws {
    try exitingOnFailure {
      let workspace = try options.loadWorkspace()
      let store = try Store(path: options.databasePath)
      let asOf = self.asOf.flatMap(Day.init(iso:)) ?? Day.today
      let period = self.period.flatMap(Period.init(label:))
      let rule = DisclosureRule(minimumCell: minCell)
      let report: Report
      if let id = pledge {
        guard let pledge = workspace.pledge(id) else {
          let known = workspace.pledges.map(\.id).joined(separator: ", ")
          throw ValidationError("there is no Pledge '\(id)' in \(workspace.directory); the Pledges are \(known)")
        }
        let evidence = try ReportQuery.pledgeEvidence(
          pledge: pledge, workspace: workspace, period: period, asOf: asOf, rule: rule, store: store,
          comments: audience != .youngPeople)
        if evidence.summary.period == nil {
          StandardError.print("nothing is loaded for the Pledge's instruments; load their exports with carevoice load")
        }
        report = audience == .youngPeople ? .youngPeople(evidence) : .board(evidence)
      } else {
        let instrument = try workspace.requireInstrument(self.instrument ?? "")
        let plan = ActionPlanRule(target: target, risingPoints: risingPoints)
        let compared = audience == .fosterCarers ? instrument.questions.filter(plan.isImprovementQuestion) : []
        let evidence = try ReportQuery.surveyEvidence(
          instrument: instrument, workspace: workspace, period: period, asOf: asOf, rule: rule, store: store,
          comparingThemesOf: compared.map(\.id))
        if evidence.tally.respondents == 0 {
          StandardError.print(
            "nothing is loaded for \(instrument.id) in that period; load its exports with carevoice load")
        }
        report =
          audience == .fosterCarers
          ? .fosterCarers(evidence, plan: plan)
          : .survey(evidence)
      }
      let formats = (try? ReportFormat.parse(formats).get()) ?? ReportFormat.allCases
      let written = try writingReports { try ReportFiles.write(report, formats: formats, into: out) }
      for path in written { print(path) }
      return .success
    }
  }
}

extension ReportAudience: ExpressibleByArgument {}

/// Runs `body`, turning a report file that cannot be written into its message and exit status 74 (an I/O error).
func writingReports<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as ReportWriteError {
    StandardError.print(error.description)
    throw Failure(status: .cannotWriteDatabase)
  } catch let error as XLSXWriteError {
    StandardError.print(error.description)
    throw Failure(status: .cannotWriteDatabase)
  }
}
