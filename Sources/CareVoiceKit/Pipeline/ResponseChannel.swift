import Foundation
import SurveyFormats

/// Carries responses from the thread that reads an export to the thread that stores them, a few chunks at a time.
///
/// Reading and parsing take one core and SQLite the other, so a load takes about as
/// long as the slower of the two rather than their sum. The channel holds at most
/// ``capacity`` chunks, so a fast reader cannot fill memory ahead of a slow store.
final class ResponseChannel: @unchecked Sendable {
  /// A run of responses and how far into the file the reader had got.
  struct Chunk: Sendable {
    var run: ResponseRun
    var bytesRead: Int
  }

  /// How the reading ended: the dialect and every diagnostic, or the error that stopped it.
  typealias Ending = Result<(dialect: Dialect, diagnostics: [Diagnostic]), any Error>

  /// The reading was abandoned because the storing side stopped.
  struct Abandoned: Error {}

  /// Runs that may wait to be stored: at 8 the threads waited on each other more (docs/load-profile.md).
  static let capacity = 16

  private let condition = NSCondition()
  private var chunks: [Chunk] = []
  private var ending: Ending?
  private var isAbandoned = false

  /// Hands a chunk over, waiting while the channel is full; throws ``Abandoned`` once the storing side has stopped.
  func send(_ chunk: consuming Chunk) throws {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= ResponseChannel.capacity, !isAbandoned { condition.wait() }
    if isAbandoned { throw Abandoned() }
    chunks.append(chunk)
    condition.broadcast()
  }

  /// Says how the reading ended; no chunk follows.
  func finish(_ ending: Ending) {
    condition.lock()
    self.ending = ending
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk, waiting for one; nil once the reading has ended and every chunk is taken.
  func receive() -> Chunk? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty, ending == nil { condition.wait() }
    guard !chunks.isEmpty else { return nil }
    let chunk = chunks.removeFirst()
    condition.broadcast()
    return chunk
  }

  /// How the reading ended, waiting for it to end.
  func waitForEnding() -> Ending {
    condition.lock()
    defer { condition.unlock() }
    while ending == nil { condition.wait() }
    return ending!
  }

  /// Tells the reading side to stop: the store has failed or the batch is being thrown away.
  func abandon() {
    condition.lock()
    isAbandoned = true
    chunks.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// Reads an export on a thread of its own, sending its responses down this channel.
  func startReading(_ request: BatchLoad.Request, dialect: Dialect) {
    let thread = Thread { [self] in
      do {
        var source = try ResponseSources.open(
          request.path, instrument: request.instrument, dialect: dialect, delimiter: request.delimiter,
          limits: request.limits)
        // Handed over whole, so the storing thread frees each run once stored.
        try source.forEachRun { run, bytesRead in try send(Chunk(run: run, bytesRead: bytesRead)) }
        finish(.success((source.dialect, source.diagnostics)))
      } catch {
        finish(.failure(error))
      }
    }
    thread.stackSize = 1 << 22
    thread.start()
  }
}
