/// The byte layout of `response_block_text.texts`: the words of a block's text answers, kept apart from the other answers.
///
/// A sequence of entries in the order of the block's responses: the response's
/// position in the block (varint), the question's position in the stored instrument
/// version (varint), then the words as length-prefixed UTF-8. A tally never reads
/// this table; theme coding reads the answers column of no block.
enum PackedTexts {
  /// Appends the words, as UTF-8, of the answer of the block's response at `position` to the question at `question`.
  static func append(position: Int, question: Int, _ utf8: UnsafeRawBufferPointer, to texts: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 30 + utf8.count) { scratch in
      var out = ByteWriter(scratch)
      out.putVarint(UInt64(position))
      out.putVarint(UInt64(question))
      out.putVarint(UInt64(utf8.count))
      out.put(utf8)
      texts.append(contentsOf: out.written)
    }
  }

  /// One text answer as stored.
  struct Entry {
    var position: Int
    var question: Int
    var words: String
  }

  /// Reads the entries one at a time.
  struct Reader {
    private var bytes: ByteReader
    /// Where the last entry read was; entries must come in the order of their responses.
    private var lastPosition = 0

    init(_ buffer: UnsafeRawBufferPointer) { bytes = ByteReader(buffer) }

    var isAtEnd: Bool { bytes.isAtEnd }

    /// The position of the next entry's response, without reading it; nil at the end or at damaged bytes.
    func nextPosition() -> Int? {
      var copy = bytes
      guard let position = copy.varint(), position < UInt64(Int32.max) else { return nil }
      return Int(position)
    }

    /// The next entry, or nil at damaged bytes (or at the end).
    mutating func next() -> Entry? {
      guard let position = bytes.varint(), position < UInt64(Int32.max), Int(position) >= lastPosition,
        let question = bytes.varint(), question < UInt64(Int32.max), let words = bytes.string()
      else { return nil }
      lastPosition = Int(position)
      return Entry(position: Int(position), question: Int(question), words: words)
    }
  }
}
