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
    let words = WordScanner.words(in: bytes)
    var tokens: [Token] = []
    tokens.reserveCapacity(words.count)
    for word in words {
      let keys = normalised(lowered(bytes, word.range))
      for key in keys { tokens.append(Token(key: key, range: word.range, boundary: word.boundary)) }
    }
    return tokens
  }

  /// The normalised keys of one word as written (usually one; two for an expansion such as "sw").
  public func keys(for word: String) -> [String] {
    var word = word
    return word.withUTF8 { bytes in normalised(lowered(bytes, 0..<bytes.count)) }
  }

  /// The word in lower case with straight apostrophes, before any other normalisation.
  private func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    var isPlain = true
    var isASCII = true
    for byte in slice {
      if byte >= 0x80 {
        isASCII = false
        isPlain = false
      } else if (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "`") {
        isPlain = false
      }
    }
    if isPlain { return String(decoding: slice, as: UTF8.self) }
    var lowered: [UInt8] = []
    lowered.reserveCapacity(slice.count)
    var i = 0
    while i < slice.count {
      let byte = slice[i]
      if byte >= 0x41 && byte <= 0x5A {
        lowered.append(byte + 0x20)
      } else if byte == UInt8(ascii: "`") {
        lowered.append(UInt8(ascii: "'"))
      } else if byte >= 0x80, WordScanner.kindOfCharacter(in: slice, at: i).kind == .apostrophe {
        lowered.append(UInt8(ascii: "'"))
        i += WordScanner.kindOfCharacter(in: slice, at: i).length
        continue
      } else {
        lowered.append(byte)
      }
      i += 1
    }
    let text = String(decoding: lowered, as: UTF8.self)
    return isASCII ? text : text.lowercased()
  }

  private func normalised(_ word: String) -> [String] {
    var word = word
    if word.utf8.count > 2, word.hasSuffix("'s") { word.removeLast(2) }
    if hasLongRun(word) { word = squeezed(word) }
    return Lexicon.replacements[word] ?? [word]
  }

  private func hasLongRun(_ word: String) -> Bool {
    var previous: UInt8 = 0
    var run = 0
    for byte in word.utf8 {
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
