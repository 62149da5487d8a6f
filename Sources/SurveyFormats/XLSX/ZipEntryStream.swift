import Foundation

/// The uncompressed bytes of one zip entry, inflated on a thread of its own a few chunks ahead of the reader.
///
/// ZipBytes hands an entry's bytes to a closure until the entry ends; a reader
/// that gives rows one at a time needs to take them instead. The inflating thread
/// waits while four chunks are waiting to be read, so memory stays bounded, and it
/// counts the bytes it inflates: past `limit` it stops, whatever the entry's header
/// claimed (a zip bomb can lie there).
final class ZipEntryStream: @unchecked Sendable {
  /// Why the entry could not be read to its end.
  enum Failure: Error {
    case tooLarge
    case damaged
    case cancelled
  }

  private static let capacity = 4
  private let condition = NSCondition()
  private var chunks: [Data] = []
  private var isDone = false
  private var failure: Failure?
  private var isCancelled = false

  /// Starts inflating the entry at `path` of the package in `bytes`.
  init(path: String, limit: Int, bytes: ZipBytes) {
    let thread = Thread { [self] in
      self.produce(path: path, limit: limit, bytes: bytes)
    }
    thread.start()
  }

  /// The next chunk of the entry, waiting for it if need be; nil at its end.
  func next() throws(Failure) -> Data? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty, !isDone { condition.wait() }
    if !chunks.isEmpty {
      condition.broadcast()
      return chunks.removeFirst()
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the inflating thread; it ends at its next chunk.
  func cancel() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    condition.unlock()
  }

  private func produce(path: String, limit: Int, bytes: ZipBytes) {
    var outcome: Failure?
    do {
      guard let entry = try bytes.archive()[path] else { throw Failure.damaged }
      var inflated = 0
      try bytes.inflate(entry) { data in
        inflated += data.count
        if inflated > limit { throw Failure.tooLarge }
        try self.put(data)
      }
    } catch let failure as Failure {
      outcome = failure
    } catch {
      outcome = .damaged
    }
    condition.lock()
    isDone = true
    failure = outcome
    condition.broadcast()
    condition.unlock()
  }

  private func put(_ data: Data) throws(Failure) {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= Self.capacity, !isCancelled { condition.wait() }
    if isCancelled { throw .cancelled }
    chunks.append(data)
    condition.broadcast()
  }
}
