extension String {
  /// The text without surrounding white space and line breaks.
  ///
  /// Export cells are read millions of times; this checks bytes and returns the
  /// string itself when there is nothing to trim, where Foundation's
  /// `trimmingCharacters(in:)` bridges through NSString on Linux.
  var trimmed: String {
    let utf8 = self.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, String.isSpace(utf8[start]) { start = utf8.index(after: start) }
    while end > start, String.isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    var result = start == utf8.startIndex && end == utf8.endIndex ? self : String(self[start..<end])
    // Non-breaking and other Unicode spaces are rare; the standard library handles them.
    if let first = result.utf8.first, let last = result.utf8.last, first >= 0x80 || last >= 0x80,
      result.first?.isWhitespace == true || result.last?.isWhitespace == true
    {
      result = String(result.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
    return result
  }

  /// Whether a byte is ASCII white space or a line break.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
