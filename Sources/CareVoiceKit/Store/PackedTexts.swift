/// The byte layout of `response_text.texts`: the words of a response's text answers, kept apart from the other answers.
///
/// A sequence of entries: the question's position in the stored instrument version
/// (varint), then the words as length-prefixed UTF-8. A tally never reads this table;
/// theme coding reads nothing else.
enum PackedTexts {
  /// Appends the words of the answer to the question at `question`.
  static func append(question: Int, _ words: String, to texts: inout [UInt8]) {
    texts.appendVarint(UInt64(question))
    texts.appendString(words)
  }

  /// Calls `body` with each stored question position and its words; false when the bytes are damaged.
  static func forEach(in buffer: UnsafeRawBufferPointer, _ body: (Int, String) throws -> Void) rethrows -> Bool {
    var reader = ByteReader(buffer)
    while !reader.isAtEnd {
      guard let question = reader.varint(), question < UInt64(Int32.max), let words = reader.string() else {
        return false
      }
      try body(Int(question), words)
    }
    return true
  }
}
