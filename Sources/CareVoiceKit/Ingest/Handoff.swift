import Foundation

/// A bounded queue from one producing thread to one consuming thread, which either side can end.
///
/// The producer ``send(_:)``s items and then ``finish(throwing:)``es, with the error that
/// stopped it if any; the consumer ``receive()``s every item sent, then nil or that error.
/// A consumer that stops early ``abandon()``s the queue, after which ``send(_:)`` throws
/// ``Abandoned``, and waits with ``waitUntilFinished()`` until the producer has let go of
/// whatever it shares.
final class Handoff<Element: Sendable>: @unchecked Sendable {
  /// The consumer has stopped taking items.
  struct Abandoned: Error {}

  let capacity: Int
  private let condition = NSCondition()
  private var items: [Element] = []
  private var isFinished = false
  private var failure: (any Error)?
  private var isAbandoned = false

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Hands an item over, waiting while the queue is full.
  func send(_ item: Element) throws {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= capacity, !isAbandoned { condition.wait() }
    if isAbandoned { throw Abandoned() }
    items.append(item)
    condition.broadcast()
  }

  /// Says the producer is done, and why if it failed; nothing is sent after this.
  func finish(throwing error: (any Error)? = nil) {
    condition.lock()
    isFinished = true
    failure = error
    condition.broadcast()
    condition.unlock()
  }

  /// The next item, waiting for one; nil once the producer has finished and every item is taken.
  ///
  /// Rethrows the producer's error after the items sent before it.
  func receive() throws -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty, !isFinished { condition.wait() }
    guard !items.isEmpty else {
      if let failure { throw failure }
      return nil
    }
    let item = items.removeFirst()
    condition.broadcast()
    return item
  }

  /// Tells the producer to stop and drops what it sent.
  func abandon() {
    condition.lock()
    isAbandoned = true
    items.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until the producer has finished.
  func waitUntilFinished() {
    condition.lock()
    defer { condition.unlock() }
    while !isFinished { condition.wait() }
  }
}
