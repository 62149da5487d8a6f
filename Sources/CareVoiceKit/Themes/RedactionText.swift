/// A comment read for redaction: its bytes, and its words with their spelling, case and place.
struct RedactionText {
  /// One word; hyphenated words ("Lily-Rose") are one word here.
  struct Word {
    var text: String
    /// Lower case, straight apostrophes, and a possessive `'s` left off ("Jayden's" → "jayden").
    var key: String
    /// UTF-8 offsets, the possessive `'s` left out.
    var range: Range<Int>
    /// UTF-8 offsets of the whole word, possessive included.
    var fullRange: Range<Int>
    var boundary: Boundary
    /// Whether it opens the text or follows a sentence end.
    var isSentenceStart: Bool
    /// Its parts between hyphens, in lower case.
    var parts: [String]

    /// Whether it starts with a capital and is not all capitals ("Grace", "McKenzie", "O'Brien").
    var isCapitalised: Bool {
      guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
      return text.unicodeScalars.dropFirst().contains { $0.properties.isLowercase } || text.unicodeScalars.count == 1
    }

    /// Whether every letter is a capital and there are at least two ("DAVE").
    var isAllCapitals: Bool {
      let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
      return letters.count > 1 && letters.allSatisfy { $0.properties.isUppercase }
    }

    var hasCapital: Bool { isCapitalised || isAllCapitals }

    var isNumber: Bool { text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
  }

  let bytes: [UInt8]
  let words: [Word]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var words: [Word] = []
    bytes.withUnsafeBufferPointer { buffer in
      for scanned in WordScanner.words(in: buffer) {
        let text = String(decoding: buffer[scanned.range], as: UTF8.self)
        if scanned.isJoinedByHyphen, var last = words.last {
          let joined = String(decoding: buffer[last.range.lowerBound..<scanned.range.upperBound], as: UTF8.self)
          last.text = joined
          last.parts.append(Self.key(of: text))
          last.key = Self.key(of: joined)
          last.range = last.range.lowerBound..<(scanned.range.upperBound - Self.possessiveLength(of: text))
          last.fullRange = last.range.lowerBound..<scanned.range.upperBound
          words[words.count - 1] = last
          continue
        }
        let key = Self.key(of: text)
        words.append(
          Word(
            text: text, key: key,
            range: scanned.range.lowerBound..<(scanned.range.upperBound - Self.possessiveLength(of: text)),
            fullRange: scanned.range, boundary: scanned.boundary,
            isSentenceStart: words.isEmpty || scanned.boundary == .sentence, parts: [key]))
      }
    }
    self.words = words
  }

  /// The bytes of a possessive `'s` (or `’s`) ending a word, or 0.
  private static func possessiveLength(of word: String) -> Int {
    if word.hasSuffix("'s") || word.hasSuffix("'S") { return 2 }
    if word.hasSuffix("\u{2019}s") || word.hasSuffix("\u{2019}S") { return 4 }
    return 0
  }

  static func key(of word: String) -> String {
    var key = String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    if key.hasSuffix("'s") { key.removeLast(2) }
    return key
  }

  /// The keys of the words from `start`, as many as `phrase` has, if they spell it.
  func spells(_ phrase: [String], at start: Int) -> Bool {
    guard start >= 0, start + phrase.count <= words.count else { return false }
    for (offset, word) in phrase.enumerated() where words[start + offset].key != word { return false }
    return true
  }

  /// Whether a word is an ordinary word that is never a name.
  func isNeverName(_ index: Int) -> Bool {
    let key = words[index].key
    return key == "i" || StopWords.english.contains(key) || NameCues.kinship.contains(key)
      || NameCues.openers.contains(key) || NameCues.titles.contains(key)
  }
}
