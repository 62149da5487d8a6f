/// Splits a comment into normalised words that keep their place in the original text.
///
/// Normalisation, in order: lower case; curly apostrophes made straight; a
/// possessive `'s` dropped ("mum's" → "mum"); runs of three or more of one
/// letter squeezed to two when that makes a known word ("coool" → "cool") and
/// to one otherwise ("sooo" → "so"); then ``Lexicon/replacements`` ("dont" →
/// "don't", "mom" → "mum", "sw" → "social worker"). Hyphens and dashes separate
/// words ("family-time" reads as "family time").
public struct Tokeniser: Sendable {
  private let knownWords: Set<String>
  private let replacementTable = Lexicon.replacementTable
  private let replacementKeys = Lexicon.replacementKeys

  /// A tokeniser that also treats `vocabulary` (the words of a codebook) as known when squeezing letters.
  public init(vocabulary: some Sequence<String> = [String]()) {
    var known = Lexicon.doubledLetterWords.union(StopWords.english)
    for word in vocabulary { known.insert(word.lowercased()) }
    self.knownWords = known
  }

  /// The normalised tokens of a text, in order.
  public func tokens(in text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(in: $0) }
  }

  func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 4 + 1)
    WordScanner.forEachWord(in: bytes) { word in
      appendKeys(of: UnsafeBufferPointer(rebasing: bytes[word.range])) { key in
        tokens.append(Token(key: key, range: word.range, boundary: word.boundary))
      }
    }
    return tokens
  }

  /// The normalised keys of one word as written (usually one; two for an expansion such as "sw").
  public func keys(for word: String) -> [String] {
    var word = word
    var keys: [String] = []
    word.withUTF8 { bytes in appendKeys(of: bytes) { keys.append($0) } }
    return keys
  }

  /// Normalises one word and hands on its keys; ASCII words without long runs never leave the byte level.
  private func appendKeys(of word: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
      var count = 0
      var isASCII = true
      var index = 0
      while index < word.count {
        let byte = word[index]
        if byte < 0x80 {
          buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte == UInt8(ascii: "`") ? 0x27 : byte
          count += 1
          index += 1
          continue
        }
        let (kind, length) = WordScanner.kindOfCharacter(in: word, at: index)
        if kind == .apostrophe {
          buffer[count] = 0x27
          count += 1
        } else {
          for offset in 0..<length { buffer[count + offset] = word[index + offset] }
          count += length
          isASCII = false
        }
        index += length
      }
      if count > 2 && buffer[count - 2] == 0x27 && buffer[count - 1] == UInt8(ascii: "s") { count -= 2 }
      let lowered = UnsafeBufferPointer(rebasing: buffer[..<count])
      guard isASCII, !hasLongRun(lowered) else {
        for key in normalised(String(decoding: lowered, as: UTF8.self).lowercased()) { body(key) }
        return
      }
      if let replacement = replacementTable.value(of: lowered) {
        for key in replacementKeys[Int(replacement)] { body(key) }
      } else {
        body(String(decoding: lowered, as: UTF8.self))
      }
    }
  }

  /// The slow path, for words with letters outside ASCII or with long runs of one letter.
  func normalised(_ word: String) -> [String] {
    var word = word
    if hasLongRun(word) { word = squeezed(word) }
    return Lexicon.replacements[word] ?? [word]
  }

  private func hasLongRun(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { hasLongRun($0) }
  }

  func hasLongRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    var run = 0
    for byte in bytes {
      run = byte == previous ? run + 1 : 1
      previous = byte
      if run >= 3 && byte >= 0x61 && byte <= 0x7A { return true }
    }
    return false
  }

  /// The word with each run of three or more letters made two letters or one, preferring a known word.
  private func squeezed(_ word: String) -> String {
    var pieces: [(letter: Character, count: Int)] = []
    for letter in word {
      if let last = pieces.last, last.letter == letter {
        pieces[pieces.count - 1].count += 1
      } else {
        pieces.append((letter, 1))
      }
    }
    let long = pieces.indices.filter { pieces[$0].count >= 3 && pieces[$0].letter.isLetter }
    func spelled(doubling mask: Int) -> String {
      var result = ""
      for (index, piece) in pieces.enumerated() {
        var count = piece.count
        if let position = long.firstIndex(of: index) { count = mask & (1 << position) != 0 ? 2 : 1 }
        result.append(String(repeating: piece.letter, count: count))
      }
      return result
    }
    guard long.count <= 4 else { return spelled(doubling: 0) }
    for mask in (0..<(1 << long.count)).sorted(by: { $0.nonzeroBitCount > $1.nonzeroBitCount }) {
      let candidate = spelled(doubling: mask)
      if knownWords.contains(candidate) || Lexicon.replacements[candidate] != nil { return candidate }
    }
    return spelled(doubling: 0)
  }
}
