/// Texts held one after another in one buffer of UTF-8: the words of free-text answers, without a `String` each.
///
/// A large export has millions of comments; a `String` each is an allocation made on the
/// reading thread and freed on the storing one. Words are appended, never changed, and
/// read back by their index.
public struct Words: Sendable {
  private var bytes: [UInt8] = []
  /// Where each text ends in ``bytes``; it starts where the one before ends.
  private var ends: [Int] = []

  public init() {}

  public var count: Int { ends.count }

  /// The text at `index`.
  public subscript(index: Int) -> String {
    withBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the UTF-8 of the text at `index`.
  public func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
  {
    let start = index == 0 ? 0 : ends[index - 1]
    return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
  }

  /// Adds a text given as UTF-8, and returns its index.
  @discardableResult
  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.append(contentsOf: utf8)
    ends.append(bytes.count)
    return ends.count - 1
  }

  /// Adds a text, and returns its index.
  @discardableResult
  mutating func append(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { append($0) }
  }

  /// Adds the text at `index` of `other`, and returns its index here.
  mutating func append(_ index: Int, of other: Words) -> Int {
    other.withBytes(index) { append($0) }
  }

  /// Adds every text of `other` after these: the text at index `i` there is at `count + i` here.
  mutating func append(contentsOf other: Words) {
    let offset = bytes.count
    bytes.append(contentsOf: other.bytes)
    ends.append(contentsOf: other.ends.lazy.map { $0 + offset })
  }

  /// Empties the buffer, keeping its memory; an empty one is left as it is, which costs nothing.
  mutating func removeAll() {
    guard !ends.isEmpty else { return }
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}
