/// The last few short values of each field, each kept with the one-element value array made for it,
/// so that a value met again shares that array instead of allocating a new one.
///
/// Most survey answers are short and repeat — "Yes", "Strongly disagree", "13-15" —
/// and a record's field holds its values in an array of its own, so without this
/// every answer would cost an allocation or two. Values of up to 32 bytes are
/// compared as four machine words; a repeated field later appending to a shared array copies
/// it first, as arrays do.
struct ShortValueCache {
  /// Up to 32 bytes as four words, zero-padded.
  private struct Key: Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = -1

    init() {}

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      count = bytes.count
      withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
    }

    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.count == rhs.count && lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1
        && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }
  }

  private struct Entry {
    var key = Key()
    var values: [String] = []
  }

  /// How many values each field remembers.
  private static let ways = 8
  /// The longest value that is remembered.
  static let maxBytes = 32

  private var entries: [Entry] = []
  private var nextWay: [UInt8] = []

  /// The one-element array holding `bytes` (at most ``maxBytes`` long) as text, for field `node`.
  mutating func values(of bytes: UnsafeBufferPointer<UInt8>, forField node: Int32) -> [String] {
    let key = Key(bytes)
    let first = Int(node) * Self.ways
    if first + Self.ways > entries.count {
      entries.reserveCapacity(max(64 * Self.ways, 2 * (first + Self.ways)))
      entries += repeatElement(Entry(), count: first + Self.ways - entries.count)
      nextWay += repeatElement(0, count: Int(node) + 1 - nextWay.count)
    }
    for index in first..<first + Self.ways where entries[index].key == key {
      return entries[index].values
    }
    let values = [String(decoding: bytes, as: UTF8.self)]
    let way = Int(nextWay[Int(node)])
    nextWay[Int(node)] = UInt8((way + 1) % Self.ways)
    entries[first + way] = Entry(key: key, values: values)
    return values
  }
}
