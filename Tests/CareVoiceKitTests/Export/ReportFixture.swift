import CareVoiceKit
import Foundation
import SurveyFormats

/// The reports of the small fixture workspace (`Fixtures/reports`), built once for every report test.
///
/// Its batches are loaded into a database in a temporary folder, with each folder's name as the period,
/// and every report is built as of 1 April 2026.
struct ReportFixture: Sendable {
  static let asOf = Day(year: 2026, month: 4, day: 1)!

  /// The fixture workspace's folder.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/reports").path

  /// Where the golden files live.
  static let snapshots = URL(fileURLWithPath: directory).appendingPathComponent("snapshots").path

  let workspace: Workspace
  let pledge: PledgeEvidence
  let carers: SurveyEvidence
  let check: SurveyEvidence

  /// Built on first use; every test shares it.
  static let shared: Result<ReportFixture, any Error> = Result { try ReportFixture() }

  /// The fixture, or the error that stopped it being built.
  static func load() throws -> ReportFixture { try shared.get() }

  private init() throws {
    workspace = try Workspace.load(from: Self.directory)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-fixture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Store(path: folder.appendingPathComponent("fixture.sqlite").path)
    for instrument in workspace.instruments {
      let root = URL(fileURLWithPath: Self.directory).appendingPathComponent("batches/\(instrument.id)")
      for name in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
        guard let period = BatchFolder.period(named: name) else { throw FixtureError("\(name) is not a period") }
        for file in try ExportFiles.expand([root.appendingPathComponent(name).path]) {
          let outcome = try BatchLoad.run(
            BatchLoad.Request(path: file, instrument: instrument, period: period), into: store)
          guard case .loaded = outcome.result else { throw FixtureError(outcome.summary) }
        }
      }
    }
    guard let pledge = workspace.pledge("our-promise"), let carers = workspace.instrument("carer-survey"),
      let check = workspace.instrument("pledge-check")
    else { throw FixtureError("the fixture workspace lacks its Pledge or instruments") }
    self.pledge = try ReportQuery.pledgeEvidence(
      pledge: pledge, workspace: workspace, period: nil, asOf: Self.asOf, rule: .standard, store: store)
    self.carers = try ReportQuery.surveyEvidence(
      instrument: carers, workspace: workspace, period: nil, asOf: Self.asOf, rule: .standard, store: store,
      comparingThemesOf: ["improve"])
    self.check = try ReportQuery.surveyEvidence(
      instrument: check, workspace: workspace, period: nil, asOf: Self.asOf, rule: .standard, store: store)
  }

  /// Every report of the fixture: the board's, the young people's, the foster carers', and two survey reports.
  var reports: [Report] {
    [.board(pledge), .youngPeople(pledge), .fosterCarers(carers), .survey(check), .survey(carers)]
  }

  /// A report rendered in a text format, or its workbook read back as lines of cells.
  static func rendered(_ report: Report, as format: ReportFormat) throws -> String {
    switch format {
    case .html: return try report.html()
    case .md: return report.markdown()
    case .csv: return report.csv()
    case .json: return report.jsonText
    case .xlsx: return try workbookText(report)
    }
  }

  /// The workbook written to a temporary file and read back: each sheet's name, then its rows, cells joined by " | ".
  static func workbookText(_ report: Report) throws -> String {
    try workbookSheets(report).map { sheet in
      (["## \(sheet.name)"] + sheet.rows.map { $0.joined(separator: " | ") }).joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }

  /// The workbook's sheets read back with the project's XLSX reader.
  static func workbookSheets(_ report: Report) throws -> [(name: String, rows: [[String]])] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.xlsx").path
    try report.writeWorkbook(to: path)
    return try XLSXSheetName.unique(report.sheets.map(\.name)).map { name in
      var reader = try XLSXReader(path: path, sheet: name)
      var rows: [[String]] = []
      while let row = try reader.next() { rows.append(row.fields) }
      return (name, rows)
    }
  }
}

/// The fixture's data did not load.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
