/// A codebook's phrases compiled into a trie over words, so that a comment is read once whatever the codebook's size.
///
/// Every distinct word pattern gets a number; a token is turned into the numbers
/// of the patterns it fits (its exact word, and any `*` beginnings it starts
/// with), and phrases are paths of those numbers from the root.
struct PhraseTrie: Sendable {
  /// Where a phrase ends: which theme, which of its phrases, and whether it is an exclusion.
  struct Ending: Sendable, Hashable {
    var theme: Int
    var phrase: Int
    var isExclusion: Bool
  }

  /// A phrase found in a comment, from token `start` to token `end` inclusive.
  struct Match: Sendable, Hashable {
    var ending: Ending
    var start: Int
    var end: Int
  }

  private struct Node: Sendable {
    var children: [Int32: Int32] = [:]
    var endings: [Ending] = []
  }

  private var nodes = [Node()]
  private var words: [String: Int32] = [:]
  private var prefixes = PrefixTable()
  private var patternCount: Int32 = 0

  /// Adds a phrase; an empty one is ignored.
  mutating func insert(_ phrase: [WordPattern], ending: Ending) {
    guard !phrase.isEmpty else { return }
    var node = 0
    for pattern in phrase {
      let id = number(of: pattern)
      if let child = nodes[node].children[id] {
        node = Int(child)
      } else {
        nodes.append(Node())
        nodes[node].children[id] = Int32(nodes.count - 1)
        node = nodes.count - 1
      }
    }
    if !nodes[node].endings.contains(ending) { nodes[node].endings.append(ending) }
  }

  private mutating func number(of pattern: WordPattern) -> Int32 {
    switch pattern {
    case .word(let word):
      if let id = words[word] { return id }
      words[word] = patternCount
    case .prefix(let prefix):
      if let id = prefixes.pattern(exactly: prefix) { return id }
      prefixes.insert(prefix, pattern: patternCount)
    }
    patternCount += 1
    return patternCount - 1
  }

  /// Every phrase that matches a run of tokens, never across a sentence boundary.
  func matches(in tokens: [Token]) -> [Match] {
    var starts = [Int](repeating: 0, count: tokens.count + 1)
    var ids: [Int32] = []
    for (index, token) in tokens.enumerated() {
      if let id = words[token.key] { ids.append(id) }
      prefixes.appendPatterns(startingWith: token.key, to: &ids)
      starts[index + 1] = ids.count
    }
    guard !ids.isEmpty else { return [] }
    var matches: [Match] = []
    for start in tokens.indices where starts[start] < starts[start + 1] {
      var frontier = [0]
      var position = start
      while position < tokens.count, position == start || tokens[position].boundary != .sentence {
        var next: [Int] = []
        for node in frontier {
          for id in ids[starts[position]..<starts[position + 1]] {
            guard let child = nodes[node].children[id].map(Int.init) else { continue }
            next.append(child)
            for ending in nodes[child].endings { matches.append(Match(ending: ending, start: start, end: position)) }
          }
        }
        if next.isEmpty { break }
        frontier = next
        position += 1
      }
    }
    return matches
  }
}

/// The `*` beginnings of a codebook, as a trie over bytes so that a token is checked in one walk.
private struct PrefixTable: Sendable {
  private var children: [[UInt8: Int32]] = [[:]]
  private var patterns: [Int32?] = [nil]

  mutating func insert(_ prefix: String, pattern: Int32) {
    var node = 0
    for byte in prefix.utf8 {
      if let child = children[node][byte] {
        node = Int(child)
      } else {
        children.append([:])
        patterns.append(nil)
        children[node][byte] = Int32(children.count - 1)
        node = children.count - 1
      }
    }
    patterns[node] = pattern
  }

  func pattern(exactly prefix: String) -> Int32? {
    var node = 0
    for byte in prefix.utf8 {
      guard let child = children[node][byte] else { return nil }
      node = Int(child)
    }
    return patterns[node]
  }

  /// Appends the pattern of every prefix the word starts with (a prefix may be the whole word).
  func appendPatterns(startingWith word: String, to ids: inout [Int32]) {
    guard children.count > 1 else { return }
    var node = 0
    for byte in word.utf8 {
      guard let child = children[node][byte] else { return }
      node = Int(child)
      if let pattern = patterns[node] { ids.append(pattern) }
    }
  }
}
