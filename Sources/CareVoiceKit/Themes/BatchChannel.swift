import Foundation

/// Hands comment batches from the thread reading the store to a coding thread, and its coding back.
///
/// At most ``capacity`` batches wait, so memory stays bounded; when they are
/// all waiting, ``offer(_:)`` says no and the reading thread codes the batch
/// itself, which shares the work between the two threads whichever is faster.
final class BatchChannel: @unchecked Sendable {
  private let condition = NSCondition()
  private var waiting: [CommentBatch] = []
  private var isClosed = false
  private var result: QuestionCodings?
  let capacity: Int

  init(capacity: Int = 2) {
    self.capacity = capacity
  }

  /// Queues a batch for the coding thread; false (and nothing queued) when ``capacity`` batches wait already.
  func offer(_ batch: CommentBatch) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    guard waiting.count < capacity, !isClosed else { return false }
    waiting.append(batch)
    condition.broadcast()
    return true
  }

  /// The next batch, waiting for one; nil once the channel is closed and empty.
  func next() -> CommentBatch? {
    condition.lock()
    defer { condition.unlock() }
    while waiting.isEmpty && !isClosed { condition.wait() }
    return waiting.isEmpty ? nil : waiting.removeFirst()
  }

  /// Says no more batches will come.
  func close() {
    condition.lock()
    isClosed = true
    condition.broadcast()
    condition.unlock()
  }

  /// Starts a thread that codes every batch offered into a fresh coding, handed back by ``finish()``.
  func startCoding(_ start: QuestionCodings) {
    Thread.detachNewThread { [self] in
      var codings = start
      while let batch = next() { codings.add(batch) }
      condition.lock()
      result = codings
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Closes the channel and waits for the coding thread's coding.
  func finish() -> QuestionCodings? {
    close()
    condition.lock()
    defer { condition.unlock() }
    while result == nil { condition.wait() }
    return result
  }
}
