import ArgumentParser
import CareVoiceKit

/// `carevoice unload BATCH`: removes one batch and its responses.
struct UnloadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unload",
    abstract: "Remove one batch and all its responses from the database, in one step."
  )

  @OptionGroup var options: WorkspaceOptions

  @Argument(help: "The batch number, as carevoice batches shows it.")
  var batch: Int64

  func run() throws {
    try exitingOnFailure {
      let store = try Store(path: options.databasePath)
      let removed = try store.unload(batchID: batch)
      print(
        "removed batch \(removed.id): \(removed.counts.loaded) responses of \(removed.instrument) from \(removed.source)"
      )
      return .success
    }
  }
}
