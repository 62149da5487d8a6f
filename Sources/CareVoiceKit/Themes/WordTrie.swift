/// A table from words (and word beginnings) to numbers, read by walking a word's bytes once, without hashing.
///
/// Coding a million comments looks up every word several times; a flat trie
/// over lower-case ASCII letters, digits and the apostrophe does that in a few
/// array reads per letter. Words holding any other byte go to a dictionary.
struct WordTrie: Sendable {
  /// Each node takes `stride` cells: 37 children (0 for none: the root is never a child),
  /// then the number of the word ending there and of the beginning ending there (-1 for none).
  static let width = 37
  static let stride = width + 2
  private(set) var cells = Self.emptyNode
  private var otherWholeWords: [String: Int32] = [:]
  private var otherBeginnings: [String: Int32] = [:]

  /// How many beginnings are kept outside the cells.
  var otherBeginningCount: Int { otherBeginnings.count }

  private static let emptyNode = [Int32](repeating: 0, count: width) + [-1, -1]

  @inline(__always)
  static func slot(_ byte: UInt8) -> Int {
    switch byte {
    case 0x61...0x7A: return Int(byte &- 0x61)
    case 0x30...0x39: return Int(byte &- 0x30) &+ 26
    case 0x27: return 36
    default: return -1
    }
  }

  /// Stores a number for a whole word, or for every word that begins with `word` when `isBeginning`.
  mutating func insert(_ word: String, value: Int32, isBeginning: Bool = false) {
    guard !word.isEmpty, word.utf8.allSatisfy({ Self.slot($0) >= 0 }) else {
      if isBeginning { otherBeginnings[word] = value } else { otherWholeWords[word] = value }
      return
    }
    var node = 0
    for byte in word.utf8 {
      let index = node * Self.stride + Self.slot(byte)
      if cells[index] == 0 {
        cells[index] = Int32(cells.count / Self.stride)
        cells += Self.emptyNode
      }
      node = Int(cells[index])
    }
    cells[node * Self.stride + Self.width + (isBeginning ? 1 : 0)] = value
  }

  /// The number stored for exactly this word, if any.
  func value(of word: String) -> Int32? {
    var word = word
    return word.withUTF8 { value(of: $0) }
  }

  func value(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let found = cells.withUnsafeBufferPointer { cells -> Int32 in
      var node = 0
      for byte in bytes {
        let slot = Self.slot(byte)
        if slot < 0 { return -2 }
        node = Int(cells[node &* Self.stride &+ slot])
        if node == 0 { return -1 }
      }
      return cells[node &* Self.stride &+ Self.width]
    }
    if found == -2 { return otherWholeWords[String(decoding: bytes, as: UTF8.self)] }
    return found >= 0 ? found : nil
  }

  /// The number stored for a beginning written exactly so, if any.
  func beginningValue(of word: String) -> Int32? {
    guard !word.isEmpty, word.utf8.allSatisfy({ Self.slot($0) >= 0 }) else { return otherBeginnings[word] }
    var node = 0
    for byte in word.utf8 {
      node = Int(cells[node * Self.stride + Self.slot(byte)])
      if node == 0 { return nil }
    }
    let value = cells[node * Self.stride + Self.width + 1]
    return value >= 0 ? value : nil
  }

  /// Appends the numbers of every beginning the word starts with, shortest first, then of the whole word.
  func appendValues(matching word: String, to values: inout [Int32]) {
    var word = word
    word.withUTF8 { appendValues(matching: $0, to: &values) }
  }

  /// ``appendValues(matching:to:)`` for a word's UTF-8 bytes.
  func appendValues(matching bytes: UnsafeBufferPointer<UInt8>, to values: inout [Int32]) {
    let isPlain = cells.withUnsafeBufferPointer { cells -> Bool in
      var node = 0
      for byte in bytes {
        let slot = Self.slot(byte)
        if slot < 0 { return false }
        node = Int(cells[node &* Self.stride &+ slot])
        if node == 0 { return true }
        let beginning = cells[node &* Self.stride &+ Self.width &+ 1]
        if beginning >= 0 { values.append(beginning) }
      }
      let whole = cells[node &* Self.stride &+ Self.width]
      if node != 0 && whole >= 0 { values.append(whole) }
      return true
    }
    guard !isPlain else { return }
    let word = String(decoding: bytes, as: UTF8.self)
    for (beginning, value) in otherBeginnings where word.hasPrefix(beginning) { values.append(value) }
    if let value = otherWholeWords[word] { values.append(value) }
  }
}
