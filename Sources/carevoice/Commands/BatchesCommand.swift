import ArgumentParser
import CareVoiceKit

/// `carevoice batches`: what has been loaded, one line a batch.
struct BatchesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batches",
    abstract: "List the loaded batches: number, instrument, period, file, responses and when loaded."
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "Only the batches of this instrument.")
  var instrument: String?

  func run() throws {
    try exitingOnFailure {
      let store = try Store(path: options.databasePath)
      let batches = try store.batches(instrument: instrument)
      if batches.isEmpty {
        StandardError.print("no batches are loaded\(instrument.map { " for \($0)" } ?? "") in \(options.databasePath)")
        return .success
      }
      var table = TextTable(
        header: ["batch", "instrument", "period", "file", "responses", "duplicates", "left out", "loaded at"],
        rightAligned: [0, 4, 5, 6])
      for batch in batches {
        table.append([
          String(batch.id), batch.instrument, batch.period ?? "", batch.source, String(batch.counts.loaded),
          String(batch.counts.duplicates), String(batch.counts.rejected), batch.loadedAt,
        ])
      }
      print(table.text, terminator: "")
      return .success
    }
  }
}
