/// One word of a codebook phrase: the word itself, or its beginning when the phrase writes it with `*`.
enum WordPattern: Sendable, Hashable {
  case word(String)
  case prefix(String)

  /// The words of a phrase as written in a codebook ("see my mum", "brother*"), normalised like comments.
  ///
  /// A `*` counts only straight after a word; where a word expands to two ("sw*"), it applies to the last.
  static func patterns(of phrase: String, tokeniser: Tokeniser) -> [WordPattern] {
    var phrase = phrase
    return phrase.withUTF8 { bytes in
      let tokens = tokeniser.tokens(in: bytes)
      return tokens.enumerated().map { index, token in
        let end = token.range.upperBound
        let isLastOfWord = index + 1 == tokens.count || tokens[index + 1].range != token.range
        let isWildcard = isLastOfWord && end < bytes.count && bytes[end] == UInt8(ascii: "*")
        return isWildcard ? .prefix(token.key) : .word(token.key)
      }
    }
  }
}
