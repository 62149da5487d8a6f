import CLibXML2

/// A growable byte buffer for the text of one element, managed by hand so that the SAX callbacks
/// that fill it pay for no copy-on-write or exclusivity checks.
///
/// Its owner calls ``deallocate()`` once, when done with it.
struct TextBuffer {
  private(set) var start: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 4096) {
    self.capacity = capacity
    start = .allocate(capacity: capacity)
  }

  var isEmpty: Bool { count == 0 }

  mutating func append(_ bytes: UnsafePointer<xmlChar>, count added: Int) {
    if count + added > capacity {
      var newCapacity = capacity * 2
      while newCapacity < count + added { newCapacity *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      grown.update(from: start, count: count)
      start.deallocate()
      start = grown
      capacity = newCapacity
    }
    (start + count).update(from: bytes, count: added)
    count += added
  }

  mutating func removeAll() {
    count = 0
  }

  /// The bytes without surrounding XML white space (space, tab, line feed, carriage return).
  var trimmed: UnsafeBufferPointer<UInt8> {
    var first = 0
    var end = count
    while first < end, isXMLSpace(start[first]) { first += 1 }
    while end > first, isXMLSpace(start[end - 1]) { end -= 1 }
    return UnsafeBufferPointer(start: start + first, count: end - first)
  }

  /// All the bytes, as they came.
  var bytes: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: start, count: count)
  }

  func deallocate() {
    start.deallocate()
  }
}

private func isXMLSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}
