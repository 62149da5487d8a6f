/// A set of option positions (0–63) held in one machine word: the answer to a `multiple` question.
///
/// A `multiple` question may have at most 64 options, which the definition
/// loader checks.
public struct ChoiceSet: Sendable, Hashable, Codable, Sequence, ExpressibleByArrayLiteral {
  public var bits: UInt64

  public static let capacity = 64

  public init(bits: UInt64 = 0) { self.bits = bits }

  public init<S: Sequence<Int>>(_ positions: S) {
    bits = 0
    for position in positions { insert(position) }
  }

  public init(arrayLiteral elements: Int...) { self.init(elements) }

  public var isEmpty: Bool { bits == 0 }
  public var count: Int { bits.nonzeroBitCount }

  public func contains(_ position: Int) -> Bool {
    position >= 0 && position < Self.capacity && bits & (1 << UInt64(position)) != 0
  }

  public mutating func insert(_ position: Int) {
    precondition(position >= 0 && position < Self.capacity, "option position out of range")
    bits |= 1 << UInt64(position)
  }

  public func intersection(_ other: ChoiceSet) -> ChoiceSet { ChoiceSet(bits: bits & other.bits) }

  public func makeIterator() -> Iterator { Iterator(remaining: bits) }

  /// Yields the positions in ascending order.
  public struct Iterator: IteratorProtocol {
    var remaining: UInt64

    public mutating func next() -> Int? {
      guard remaining != 0 else { return nil }
      let position = remaining.trailingZeroBitCount
      remaining &= remaining - 1
      return position
    }
  }
}
