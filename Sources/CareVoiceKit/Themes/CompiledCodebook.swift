/// A codebook's tries laid out flat for reading comments fast: ``CodebookMatcher/read(_:into:)`` on bytes, no strings.
///
/// A class, so that a ``CodebookMatcher`` copied into each thread's coding
/// shares it, and so that reading a comment copies nothing. It reads exactly as
/// the ``Tokeniser``, ``PhraseTrie`` and ``NegationRule`` do (the tests check it
/// against them); only the layout differs.
final class CompiledCodebook: Sendable {
  let tokeniser: Tokeniser
  let negation: NegationRule.Table
  /// The word patterns, for keys that are not plain lower-case ASCII.
  private let patterns: WordTrie
  private let patternCells: [Int32]
  private let replacementCells: [Int32]
  private let replacementKeys: [[UInt8]]
  /// The phrase trie: the root's child for each pattern (-1 for none), then each node's children and endings.
  private let rootChildren: [Int32]
  private let childStarts: [Int]
  private let childPatterns: [Int32]
  private let childNodes: [Int]
  private let endingStarts: [Int]
  private let endings: [PhraseTrie.Ending]
  /// How many `*` beginnings are kept outside the trie's cells (not plain lower-case ASCII).
  private let otherPatternCount: Int

  init(tokeniser: Tokeniser, trie: PhraseTrie, negation: NegationRule.Table) {
    self.tokeniser = tokeniser
    self.negation = negation
    patterns = trie.patterns
    otherPatternCount = trie.patterns.otherBeginningCount
    patternCells = trie.patterns.cells
    replacementCells = Lexicon.replacementTable.cells
    replacementKeys = Lexicon.replacementKeys.map { keys in keys.flatMap { Array($0.utf8) + [0x20] } }
    rootChildren = trie.rootChildren
    var childStarts = [0]
    var childPatterns: [Int32] = []
    var childNodes: [Int] = []
    var endingStarts = [0]
    var endings: [PhraseTrie.Ending] = []
    for node in trie.nodes {
      for child in node.children {
        childPatterns.append(child.pattern)
        childNodes.append(Int(child.node))
      }
      childStarts.append(childPatterns.count)
      endings += node.endings
      endingStarts.append(endings.count)
    }
    self.childStarts = childStarts
    self.childPatterns = childPatterns
    self.childNodes = childNodes
    self.endingStarts = endingStarts
    self.endings = endings
  }

  /// Codes a comment's UTF-8 bytes into `scratch.mentions` and returns its word count.
  func read(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: CodingScratch) -> Int {
    scratch.prepare(byteCount: bytes.count, extraPatterns: otherPatternCount)
    var reading = TokenWriter(scratch)
    patternCells.withUnsafeBufferPointer { patternCells in
      replacementCells.withUnsafeBufferPointer { replacementCells in
        var cursor = WordScanner.Cursor()
        while let word = cursor.next(in: bytes) {
          appendTokens(
            of: UnsafeBufferPointer(rebasing: bytes[word.range]), word: word, to: &reading,
            patternCells: patternCells, replacementCells: replacementCells)
        }
      }
    }
    scratch.tokenCount = reading.tokenCount
    guard reading.idCount > 0 else { return reading.tokenCount }
    let tokens = scratch.tokens
    var matches = scratch.matches
    scratch.matches = []
    for start in 0..<tokens.count where tokens.idStarts[start] < tokens.idStarts[start + 1] {
      extend(0, at: start, from: start, in: tokens, to: &matches)
    }
    guard !matches.isEmpty else {
      scratch.matches = matches
      return reading.tokenCount
    }
    var mentions = scratch.mentions
    scratch.mentions = []
    appendMentions(of: &matches, in: tokens, to: &mentions)
    scratch.matches = matches
    scratch.mentions = mentions
    return reading.tokenCount
  }

  /// Where the next token goes in a ``CodingScratch`` sized for the comment: plain pointers, no checks.
  struct TokenWriter {
    let keys: UnsafeMutablePointer<UInt8>
    let keyStarts: UnsafeMutablePointer<Int32>
    let lowers: UnsafeMutablePointer<Int32>
    let uppers: UnsafeMutablePointer<Int32>
    let boundaries: UnsafeMutablePointer<Boundary>
    let idStarts: UnsafeMutablePointer<Int32>
    let ids: UnsafeMutablePointer<Int32>
    var tokenCount = 0
    var keyCount = 0
    var idCount = 0

    init(_ scratch: CodingScratch) {
      keys = scratch.keys
      keyStarts = scratch.keyStarts
      lowers = scratch.lowers
      uppers = scratch.uppers
      boundaries = scratch.boundaries
      idStarts = scratch.idStarts
      ids = scratch.ids
    }

    mutating func appendKeyByte(_ byte: UInt8) {
      keys[keyCount] = byte
      keyCount &+= 1
    }
  }

  /// Normalises one word as ``Tokeniser`` does, appending its tokens (usually one) with their patterns.
  private func appendTokens(
    of word: UnsafeBufferPointer<UInt8>, word scanned: ScannedWord, to writer: inout TokenWriter,
    patternCells: UnsafeBufferPointer<Int32>, replacementCells: UnsafeBufferPointer<Int32>
  ) {
    let start = writer.keyCount
    var isASCII = true
    var index = 0
    while index < word.count {
      let byte = word[index]
      if byte < 0x80 {
        writer.appendKeyByte(byte >= 0x41 && byte <= 0x5A ? byte &+ 0x20 : byte == UInt8(ascii: "`") ? 0x27 : byte)
        index &+= 1
        continue
      }
      let (kind, length) = WordScanner.kindOfCharacter(in: word, at: index)
      if kind == .apostrophe {
        writer.appendKeyByte(0x27)
      } else {
        for offset in 0..<length { writer.appendKeyByte(word[index &+ offset]) }
        isASCII = false
      }
      index &+= length
    }
    let keys = writer.keys
    if writer.keyCount - start > 2 && keys[writer.keyCount - 2] == 0x27 && keys[writer.keyCount - 1] == 0x73 {
      writer.keyCount -= 2
    }
    if isASCII && !Self.hasLongRun(keys + start, count: writer.keyCount - start) {
      let replacement = Self.value(in: replacementCells, of: keys + start, count: writer.keyCount - start)
      guard replacement >= 0 else {
        appendToken(from: start, word: scanned, to: &writer, patternCells: patternCells)
        return
      }
      writer.keyCount = start
      var keyStart = start
      for byte in replacementKeys[Int(replacement)] {
        if byte != 0x20 {
          writer.appendKeyByte(byte)
        } else {
          appendToken(from: keyStart, word: scanned, to: &writer, patternCells: patternCells)
          keyStart = writer.keyCount
        }
      }
      return
    }
    let lowered = String(
      decoding: UnsafeBufferPointer(start: keys + start, count: writer.keyCount - start), as: UTF8.self
    ).lowercased()
    writer.keyCount = start
    for key in tokeniser.normalised(lowered) {
      let keyStart = writer.keyCount
      for byte in key.utf8 { writer.appendKeyByte(byte) }
      appendToken(from: keyStart, word: scanned, to: &writer, patternCells: patternCells, key: key)
    }
  }

  /// Ends the token whose key starts at `keyStart`, and finds the patterns it fits (as ``WordTrie`` does).
  private func appendToken(
    from keyStart: Int, word: ScannedWord, to writer: inout TokenWriter, patternCells: UnsafeBufferPointer<Int32>,
    key: String? = nil
  ) {
    let token = writer.tokenCount
    writer.keyStarts[token &+ 1] = Int32(truncatingIfNeeded: writer.keyCount)
    writer.lowers[token] = Int32(truncatingIfNeeded: word.range.lowerBound)
    writer.uppers[token] = Int32(truncatingIfNeeded: word.range.upperBound)
    writer.boundaries[token] = word.boundary
    let firstID = writer.idCount
    var node = 0
    var isPlain = true
    var index = keyStart
    while index < writer.keyCount {
      let slot = WordTrie.slot(writer.keys[index])
      if slot < 0 {
        isPlain = false
        break
      }
      node = Int(patternCells[node &* WordTrie.stride &+ slot])
      if node == 0 { break }
      let beginning = patternCells[node &* WordTrie.stride &+ WordTrie.width &+ 1]
      if beginning >= 0 {
        writer.ids[writer.idCount] = beginning
        writer.idCount &+= 1
      }
      index &+= 1
    }
    if isPlain {
      let whole = node == 0 ? -1 : patternCells[node &* WordTrie.stride &+ WordTrie.width]
      if whole >= 0 {
        writer.ids[writer.idCount] = whole
        writer.idCount &+= 1
      }
    } else {
      writer.idCount = firstID
      let key =
        key
        ?? String(
          decoding: UnsafeBufferPointer(start: writer.keys + keyStart, count: writer.keyCount - keyStart), as: UTF8.self
        )
      var found: [Int32] = []
      patterns.appendValues(matching: key, to: &found)
      for id in found {
        writer.ids[writer.idCount] = id
        writer.idCount &+= 1
      }
    }
    writer.tokenCount = token &+ 1
    writer.idStarts[token &+ 1] = Int32(truncatingIfNeeded: writer.idCount)
  }

  /// The number a word trie's cells hold for the whole word, or -1.
  private static func value(
    in cells: UnsafeBufferPointer<Int32>, of bytes: UnsafeMutablePointer<UInt8>, count: Int
  ) -> Int32 {
    var node = 0
    for index in 0..<count {
      let slot = WordTrie.slot(bytes[index])
      if slot < 0 { return -1 }
      node = Int(cells[node &* WordTrie.stride &+ slot])
      if node == 0 { return -1 }
    }
    return cells[node &* WordTrie.stride &+ WordTrie.width]
  }

  /// Whether three or more of one letter stand together.
  private static func hasLongRun(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
    var previous: UInt8 = 0
    var run = 0
    for index in 0..<count {
      let byte = bytes[index]
      run = byte == previous ? run + 1 : 1
      previous = byte
      if run >= 3 && byte >= 0x61 && byte <= 0x7A { return true }
    }
    return false
  }

  /// Every phrase continuing from `node` at token `position` (started at `start`), into `matches`.
  private func extend(
    _ node: Int, at position: Int, from start: Int, in tokens: CodingScratch.Tokens,
    to matches: inout [PhraseTrie.Match]
  ) {
    guard position < tokens.count, position == start || tokens.boundaries[position] != .sentence else { return }
    for slot in Int(tokens.idStarts[position])..<Int(tokens.idStarts[position + 1]) {
      let id = tokens.ids[slot]
      var child = -1
      if node == 0 {
        child = Int(rootChildren[Int(id)])
      } else {
        for index in childStarts[node]..<childStarts[node + 1] where childPatterns[index] == id {
          child = childNodes[index]
          break
        }
      }
      guard child >= 0 else { continue }
      for index in endingStarts[child]..<endingStarts[child + 1] {
        matches.append(PhraseTrie.Match(ending: endings[index], start: start, end: position))
      }
      if childStarts[child] < childStarts[child + 1] {
        extend(child, at: position + 1, from: start, in: tokens, to: &matches)
      }
    }
  }
}
