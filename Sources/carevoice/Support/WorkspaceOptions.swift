import ArgumentParser
import CareVoiceKit
import Foundation

/// The options every command takes: where the definitions are and where the database is.
struct WorkspaceOptions: ParsableArguments {
  @Option(help: "The workspace folder holding instruments/, codebooks/ and pledges/.")
  var workspace = "surveys"

  @Option(help: "The database file (default: $CAREVOICE_DB, or carevoice.sqlite in this folder).")
  var db: String?

  /// The database path: `--db`, else `$CAREVOICE_DB`, else `carevoice.sqlite`.
  var databasePath: String {
    db ?? ProcessInfo.processInfo.environment["CAREVOICE_DB"] ?? "carevoice.sqlite"
  }

  /// The workspace's definitions, with their warnings printed; their errors end the command (exit 65).
  func loadWorkspace() throws -> Workspace {
    do {
      let loaded = try Workspace.load(from: workspace)
      for warning in loaded.warnings { StandardError.print(warning.description) }
      return loaded
    } catch {
      for diagnostic in error.diagnostics { StandardError.print(diagnostic.description) }
      let missing = !FileManager.default.fileExists(atPath: workspace)
      throw Failure(status: missing ? .cannotOpenInput : .dataError)
    }
  }
}

extension Workspace {
  /// The instrument with this id, or a usage error listing the ones there are.
  func requireInstrument(_ id: String) throws -> Instrument {
    if let instrument = instrument(id) { return instrument }
    let known = instruments.map(\.id).sorted().joined(separator: ", ")
    throw ValidationError("there is no instrument '\(id)' in \(directory); the instruments are \(known)")
  }
}
