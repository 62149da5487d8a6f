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
    /// Its parts between hyphens, in lower case; empty for a word without hyphens.
    var hyphenParts: [String] = []
    /// What the word lists say about ``key``.
    var facts: WordFacts = []
    /// What the word lists say about its parts between hyphens, all together.
    var partFacts: WordFacts = []

    /// Whether it starts with a capital and is not all capitals ("Grace", "McKenzie", "O'Brien").
    var isCapitalised = false
    /// Whether every letter is a capital and there are at least two ("DAVE").
    var isAllCapitals = false

    var hasCapital: Bool { isCapitalised || isAllCapitals }

    var isNumber: Bool { text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    var isHyphenated: Bool { !hyphenParts.isEmpty }

    /// Whether the word, or one of its parts between hyphens, has one of some facts.
    func hasPart(_ facts: WordFacts) -> Bool {
      !self.facts.isDisjoint(with: facts) || !partFacts.isDisjoint(with: facts)
    }

    /// Works out ``isCapitalised`` and ``isAllCapitals`` from ``text``.
    mutating func readCapitals() {
      var upper = 0
      var lower = 0
      var firstIsUpper: Bool?
      for byte in text.utf8 where byte < 0x80 {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        let isLower = byte >= 0x61 && byte <= 0x7A
        if firstIsUpper == nil && (isUpper || isLower) { firstIsUpper = isUpper }
        if isUpper { upper += 1 } else if isLower { lower += 1 }
      }
      if !text.utf8.allSatisfy({ $0 < 0x80 }) {
        upper = 0
        lower = 0
        firstIsUpper = nil
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
          let isUpper = scalar.properties.isUppercase
          if firstIsUpper == nil { firstIsUpper = isUpper }
          if isUpper { upper += 1 } else { lower += 1 }
        }
      }
      isCapitalised = firstIsUpper == true && (lower > 0 || upper == 1)
      isAllCapitals = upper > 1 && lower == 0
    }
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
          if last.hyphenParts.isEmpty {
            last.hyphenParts = [last.key]
            last.partFacts = last.facts
          }
          last.hyphenParts.append(Self.key(of: text))
          last.partFacts.formUnion(WordFacts.of(Self.key(of: text)))
          last.key = Self.key(of: joined)
          last.facts = WordFacts.of(last.key)
          last.range = last.range.lowerBound..<(scanned.range.upperBound - Self.possessiveLength(of: text))
          last.fullRange = last.range.lowerBound..<scanned.range.upperBound
          last.readCapitals()
          words[words.count - 1] = last
          continue
        }
        let key = Self.key(of: text)
        var word =
          Word(
            text: text, key: key,
            range: scanned.range.lowerBound..<(scanned.range.upperBound - Self.possessiveLength(of: text)),
            fullRange: scanned.range, boundary: scanned.boundary,
            isSentenceStart: words.isEmpty || scanned.boundary == .sentence, facts: WordFacts.of(key))
        word.readCapitals()
        words.append(word)
      }
    }
    self.words = words
  }

  /// The bytes of a possessive `'s` (or `’s`) ending a word, or 0.
  private static func possessiveLength(of word: String) -> Int {
    let bytes = Array(word.utf8.suffix(4))
    guard let last = bytes.last, last | 0x20 == UInt8(ascii: "s"), bytes.count >= 2 else { return 0 }
    if bytes[bytes.count - 2] == 0x27 { return 2 }
    if bytes.count == 4 && bytes[0...2] == [0xE2, 0x80, 0x99] { return 4 }
    return 0
  }

  static func key(of word: String) -> String {
    var key =
      word.utf8.allSatisfy { $0 < 0x80 }
      ? word.lowercased() : String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    if key.utf8.count > 2 && key.utf8.last == UInt8(ascii: "s") && key.utf8.dropLast().last == 0x27 {
      key.removeLast(2)
    }
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
    words[index].key == "i" || !words[index].facts.isDisjoint(with: .neverName)
  }
}
