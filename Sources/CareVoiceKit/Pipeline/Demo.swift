import Foundation

/// `carevoice demo`: every bundled batch loaded into a temporary database, and every report written from it.
public enum Demo {
  /// What the demo did: the batches it loaded and the report files it wrote.
  public struct Outcome: Sendable {
    /// One outcome per export loaded, in load order.
    public var loads: [BatchLoad.Outcome]
    /// Every file written, in order.
    public var files: [String]
    /// Batch folders whose names give no period, left out.
    public var skippedFolders: [String]
  }

  /// A batch folder that could not be loaded: the demo's data is broken.
  public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    /// What loading the export came to.
    public var outcome: BatchLoad.Outcome

    /// The export's diagnostics and its summary line.
    public var description: String {
      outcome.diagnostics.map(\.description).joined(separator: "\n")
        + (outcome.diagnostics.isEmpty ? "" : "\n") + outcome.summary
    }
  }

  /// Loads every batch of `workspace` into a new database in a private temporary folder, deleted afterwards,
  /// then writes the board's and young people's reports of every Pledge, the foster carers' report of every
  /// foster carer survey, and a survey report of every instrument into `folder`.
  ///
  /// Each instrument's batches are the folders `batches/<instrument>/<period>/`, loaded with the period their
  /// name gives. Never touches the user's own database.
  public static func run(
    workspace: Workspace, into folder: String, asOf: Day, formats: [ReportFormat] = ReportFormat.allCases,
    rule: DisclosureRule = .standard
  ) throws -> Outcome {
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let store = try Store(path: (scratch as NSString).appendingPathComponent("demo.sqlite"))
    var loads: [BatchLoad.Outcome] = []
    var skipped: [String] = []
    let batches = (workspace.directory as NSString).appendingPathComponent("batches")
    for instrument in workspace.instruments.sorted(by: { $0.id < $1.id }) {
      let root = (batches as NSString).appendingPathComponent(instrument.id)
      for name in subfolders(of: root) {
        let path = (root as NSString).appendingPathComponent(name)
        guard let period = BatchFolder.period(named: name) else {
          skipped.append(path)
          continue
        }
        for export in try ExportFiles.expand([path]) {
          let outcome = try BatchLoad.run(
            BatchLoad.Request(path: export, instrument: instrument, period: period), into: store)
          if case .rejected = outcome.result { throw LoadFailure(outcome: outcome) }
          loads.append(outcome)
        }
      }
    }
    var files: [String] = []
    for pledge in workspace.pledges {
      let evidence = try ReportQuery.pledgeEvidence(
        pledge: pledge, workspace: workspace, period: nil, asOf: asOf, rule: rule, store: store)
      files += try ReportFiles.write(.board(evidence), formats: formats, into: folder)
      files += try ReportFiles.write(.youngPeople(evidence), formats: formats, into: folder)
    }
    var surveys: [SurveyEvidence] = []
    for instrument in workspace.instruments {
      let plan = ActionPlanRule()
      let isCarers = instrument.kind == .fosterCarerSurvey
      surveys.append(
        try ReportQuery.surveyEvidence(
          instrument: instrument, workspace: workspace, period: nil, asOf: asOf, rule: rule, store: store,
          comparingThemesOf: isCarers ? instrument.questions.filter(plan.isImprovementQuestion).map(\.id) : []))
    }
    for evidence in surveys where evidence.instrument.kind == .fosterCarerSurvey {
      files += try ReportFiles.write(.fosterCarers(evidence), formats: formats, into: folder)
    }
    for evidence in surveys {
      files += try ReportFiles.write(.survey(evidence), formats: formats, into: folder)
    }
    return Outcome(loads: loads, files: files, skippedFolders: skipped)
  }

  /// The folders inside `path`, sorted by name; none when it is missing.
  private static func subfolders(of path: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { name in
      var isFolder: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(
          atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  /// A new folder in the system's temporary folder that only this user can open.
  private static func temporaryFolder() throws -> String {
    var template = Array(
      (NSTemporaryDirectory() as NSString).appendingPathComponent("carevoice-demo-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw ReportWriteError(
        path: NSTemporaryDirectory(),
        reason: "no temporary folder for the demo's database (\(String(cString: strerror(errno))))")
    }
    return String(cString: made)
  }
}
