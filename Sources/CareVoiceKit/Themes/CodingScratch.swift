/// One comment read for coding, in buffers kept from one comment to the next so that coding allocates nothing.
///
/// Filled by ``CompiledCodebook/read(_:into:)``: each token's normalised key
/// as bytes, where its word stands in the comment, what separates it from the
/// token before, and the word patterns it fits; then the phrase matches and the
/// mentions. The buffers are sized for the comment before it is read, so the
/// reading loop writes through plain pointers with no check per byte. Owned by
/// one ``QuestionCoding`` and used by one thread at a time.
final class CodingScratch: @unchecked Sendable {
  private(set) var tokenCapacity = 0
  private(set) var keyCapacity = 0
  private(set) var idCapacity = 0
  /// Every token's key, one after another.
  private(set) var keys = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
  /// Where each token's key starts in ``keys``, and one more for the end of the last (`tokenCapacity + 1`).
  private(set) var keyStarts = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  /// UTF-8 offsets of each token's word in the comment.
  private(set) var lowers = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private(set) var uppers = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private(set) var boundaries = UnsafeMutablePointer<Boundary>.allocate(capacity: 1)
  /// Where each token's patterns start in ``ids``, and one more for the end.
  private(set) var idStarts = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  /// The word patterns each token fits, token after token.
  private(set) var ids = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  var tokenCount = 0
  var matches: [PhraseTrie.Match] = []
  /// The comment's mentions, in text order.
  var mentions: [CodedMention] = []

  init() {
    keyStarts[0] = 0
    idStarts[0] = 0
  }

  deinit {
    for pointer in [UnsafeMutableRawPointer(keys), .init(keyStarts), .init(lowers), .init(uppers), .init(boundaries)] {
      pointer.deallocate()
    }
    idStarts.deallocate()
    ids.deallocate()
  }

  /// Empties the scratch and makes room for a comment of `byteCount` bytes whose tokens each fit at most one
  /// pattern per key byte, one whole word and `extraPatterns` beginnings kept outside the trie's cells.
  func prepare(byteCount: Int, extraPatterns: Int) {
    tokenCount = 0
    matches.removeAll(keepingCapacity: true)
    mentions.removeAll(keepingCapacity: true)
    // A token takes at least one byte and a separator, or shares its word with one other ("sw").
    let tokens = byteCount + 2
    // A key is its word's bytes, lowered (at most three times longer), or an expansion of at most 16 bytes.
    let keyBytes = 3 * byteCount + 16 * tokens
    let patterns = keyBytes + tokens * (1 + extraPatterns)
    if tokens > tokenCapacity {
      let capacity = max(tokens, 2 * tokenCapacity)
      replace(&keyStarts, capacity + 1)
      replace(&lowers, capacity)
      replace(&uppers, capacity)
      replace(&boundaries, capacity)
      replace(&idStarts, capacity + 1)
      tokenCapacity = capacity
    }
    if keyBytes > keyCapacity {
      keyCapacity = max(keyBytes, 2 * keyCapacity)
      replace(&keys, keyCapacity)
    }
    if patterns > idCapacity {
      idCapacity = max(patterns, 2 * idCapacity)
      replace(&ids, idCapacity)
    }
    keyStarts[0] = 0
    idStarts[0] = 0
  }

  private func replace<Element>(_ pointer: inout UnsafeMutablePointer<Element>, _ capacity: Int) {
    pointer.deallocate()
    pointer = .allocate(capacity: capacity)
  }

  /// The tokens read, as plain pointers (one access to the scratch instead of one per token).
  var tokens: Tokens {
    Tokens(
      count: tokenCount, keys: keys, keyStarts: keyStarts, lowers: lowers, uppers: uppers, boundaries: boundaries,
      idStarts: idStarts, ids: ids)
  }

  /// The tokens of the comment last read: valid until the next is read.
  struct Tokens {
    var count: Int
    let keys: UnsafeMutablePointer<UInt8>
    let keyStarts: UnsafeMutablePointer<Int32>
    let lowers: UnsafeMutablePointer<Int32>
    let uppers: UnsafeMutablePointer<Int32>
    let boundaries: UnsafeMutablePointer<Boundary>
    let idStarts: UnsafeMutablePointer<Int32>
    let ids: UnsafeMutablePointer<Int32>

    /// Token `index`'s key.
    func keyBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: keys + Int(keyStarts[index]), count: Int(keyStarts[index + 1] - keyStarts[index]))
    }

    /// Token `index`'s key as a string.
    func key(_ index: Int) -> String { String(decoding: keyBytes(index), as: UTF8.self) }
  }
}
