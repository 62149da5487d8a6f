/// A word found in a text: where it is, and what separates it from the word before.
struct ScannedWord: Sendable, Hashable {
  /// UTF-8 offsets of the word in the text.
  var range: Range<Int>
  var boundary: Boundary
  /// Whether a single hyphen, with no space round it, joins it to the word before ("Lily-Rose").
  var isJoinedByHyphen: Bool
}

/// Splits UTF-8 text into words (letters, digits and apostrophes inside them) and the marks between them.
///
/// Works on bytes so that a million comments scan in about a second; only
/// characters outside ASCII are decoded.
enum WordScanner {
  /// The kind of one character, as far as word splitting is concerned.
  enum CharacterKind: UInt8 {
    case word, apostrophe, hyphen, space, pause, sentence, dot
  }

  static func words(in text: String) -> [ScannedWord] {
    var text = text
    return text.withUTF8 { words(in: $0) }
  }

  static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [ScannedWord] {
    var words: [ScannedWord] = []
    words.reserveCapacity(bytes.count / 5 + 1)
    forEachWord(in: bytes) { words.append($0) }
    return words
  }

  /// Hands each word to `body` in text order, without building an array.
  static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (ScannedWord) -> Void) {
    var cursor = Cursor()
    while let word = cursor.next(in: bytes) { body(word) }
  }

  /// Where a scan has got to: the words of a text one at a time, with no closure to call.
  struct Cursor {
    private var i = 0
    private var isFirst = true
    private var boundary = Boundary.space
    private var separators = 0
    private var onlyHyphens = true

    /// The next word of `bytes` (always the same text), or nil at the end.
    mutating func next(in bytes: UnsafeBufferPointer<UInt8>) -> ScannedWord? {
      while i < bytes.count {
        let (kind, length) = kindOfCharacter(in: bytes, at: i)
        switch kind {
        case .word:
          let start = i
          i = endOfWord(in: bytes, from: i + length)
          let joined = !isFirst && separators == 1 && onlyHyphens
          let word = ScannedWord(range: start..<i, boundary: isFirst ? .space : boundary, isJoinedByHyphen: joined)
          isFirst = false
          boundary = .space
          separators = 0
          onlyHyphens = true
          return word
        case .dot:
          var end = i + 1
          while end < bytes.count && bytes[end] == UInt8(ascii: ".") { end += 1 }
          let betweenDigits =
            end - i == 1 && i > 0 && end < bytes.count && isDigit(bytes[i - 1]) && isDigit(bytes[end])
          if !betweenDigits { boundary = max(boundary, end - i == 1 ? .sentence : .pause) }
          separators += end - i
          onlyHyphens = false
          i = end
          continue
        case .hyphen: break
        case .space: onlyHyphens = false
        case .pause, .apostrophe:
          boundary = max(boundary, .pause)
          onlyHyphens = false
        case .sentence:
          boundary = .sentence
          onlyHyphens = false
        }
        separators += 1
        i += length
      }
      return nil
    }
  }

  /// The offset just past the word that continues at `start`, taking in apostrophes between letters ("don't").
  static func endOfWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < bytes.count {
      let (kind, length) = kindOfCharacter(in: bytes, at: i)
      if kind == .word {
        i += length
      } else if kind == .apostrophe, i + length < bytes.count, kindOfCharacter(in: bytes, at: i + length).kind == .word
      {
        i += length
      } else {
        break
      }
    }
    return i
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// The kind of the character starting at `offset`, and how many bytes it takes.
  static func kindOfCharacter(
    in bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (kind: CharacterKind, length: Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (asciiKind(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, offset + length <= bytes.count else { return (.pause, 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return (.pause, length) }
    return (kind(of: scalar), length)
  }

  private static func kind(of scalar: Unicode.Scalar) -> CharacterKind {
    switch scalar.value {
    case 0x2018, 0x2019, 0x02BC, 0x2032, 0xFF07: return .apostrophe
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x00AD: return .hyphen
    case 0x00A0, 0x1680, 0x2000...0x200D, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x0085, 0x2028, 0x2029, 0x037E, 0x203C, 0x2047...0x2049, 0x3002, 0xFF01, 0xFF1B, 0xFF1F:
      return .sentence
    default: break
    }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return .word }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .word
    default: return .pause
    }
  }

  private static func asciiKind(_ byte: UInt8) -> CharacterKind {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .word
    case UInt8(ascii: " "), UInt8(ascii: "\t"): return .space
    case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
    case UInt8(ascii: "-"): return .hyphen
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C, UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
      return .sentence
    case UInt8(ascii: "."): return .dot
    default: return .pause
    }
  }

}
