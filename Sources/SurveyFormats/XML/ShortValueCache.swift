/// The last few short values of each field, each kept with the one-element value array made for it,
/// so that a value met again shares that array instead of allocating a new one.
///
/// Most survey answers are short and repeat — "Yes", "Strongly agree", "13-15" —
/// and a record's field holds its values in an array of its own, so without this
/// every answer would cost an allocation. Values of up to 16 bytes are compared as
/// two machine words; a repeated field later appending to a shared array copies it
/// first, as arrays do.
struct ShortValueCache {
  private struct Entry {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int = -1
    var values: [String] = []
  }

  /// How many values each field remembers.
  private static let ways = 8
  /// The longest value that is remembered.
  static let maxBytes = 16

  private var entries: [Entry] = []
  private var nextWay: [UInt8] = []

  /// The one-element array holding `bytes` (at most ``maxBytes`` long) as text, for field `node`.
  mutating func values(of bytes: UnsafeBufferPointer<UInt8>, forField node: Int32) -> [String] {
    var low: UInt64 = 0
    var high: UInt64 = 0
    withUnsafeMutableBytes(of: &low) { word in
      word.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(8)))
    }
    if bytes.count > 8 {
      withUnsafeMutableBytes(of: &high) { word in
        word.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[8...]))
      }
    }
    let first = Int(node) * Self.ways
    if first + Self.ways > entries.count {
      entries += repeatElement(Entry(), count: first + Self.ways - entries.count)
      nextWay += repeatElement(0, count: Int(node) + 1 - nextWay.count)
    }
    for index in first..<first + Self.ways
    where entries[index].low == low && entries[index].high == high && entries[index].count == bytes.count {
      return entries[index].values
    }
    let values = [String(decoding: bytes, as: UTF8.self)]
    let way = Int(nextWay[Int(node)])
    nextWay[Int(node)] = UInt8((way + 1) % Self.ways)
    entries[first + way] = Entry(low: low, high: high, count: bytes.count, values: values)
    return values
  }
}
