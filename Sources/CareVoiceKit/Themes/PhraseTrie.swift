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

  struct Node: Sendable {
    var children: [(pattern: Int32, node: Int32)] = []
    var endings: [Ending] = []

    func child(_ pattern: Int32) -> Int? {
      for child in children where child.pattern == pattern { return Int(child.node) }
      return nil
    }
  }

  private(set) var nodes = [Node()]
  /// The root's children by pattern number (-1 for none): every token is looked up there.
  private(set) var rootChildren: [Int32] = []
  private(set) var patterns = WordTrie()
  private var patternCount: Int32 = 0

  /// Adds a phrase; an empty one is ignored.
  mutating func insert(_ phrase: [WordPattern], ending: Ending) {
    guard !phrase.isEmpty else { return }
    var node = 0
    for pattern in phrase {
      let id = number(of: pattern)
      if node == 0 {
        if rootChildren[Int(id)] < 0 {
          nodes.append(Node())
          rootChildren[Int(id)] = Int32(nodes.count - 1)
        }
        node = Int(rootChildren[Int(id)])
      } else if let child = nodes[node].child(id) {
        node = child
      } else {
        nodes.append(Node())
        nodes[node].children.append((id, Int32(nodes.count - 1)))
        node = nodes.count - 1
      }
    }
    if !nodes[node].endings.contains(ending) { nodes[node].endings.append(ending) }
  }

  private mutating func number(of pattern: WordPattern) -> Int32 {
    switch pattern {
    case .word(let word):
      if let id = patterns.value(of: word) { return id }
      patterns.insert(word, value: patternCount)
    case .prefix(let prefix):
      if let id = patterns.beginningValue(of: prefix) { return id }
      patterns.insert(prefix, value: patternCount, isBeginning: true)
    }
    patternCount += 1
    rootChildren.append(-1)
    return patternCount - 1
  }

  /// Every phrase that matches a run of tokens, never across a sentence boundary.
  func matches(in tokens: [Token]) -> [Match] {
    var ids: [Int32] = []
    var starts: [Int] = []
    for (index, token) in tokens.enumerated() {
      let before = ids.count
      patterns.appendValues(matching: token.key, to: &ids)
      if ids.count > before {
        if starts.isEmpty { starts = [Int](repeating: 0, count: tokens.count + 1) }
        starts[index] = before
      }
      if !starts.isEmpty { starts[index + 1] = ids.count }
    }
    guard !ids.isEmpty else { return [] }
    var matches: [Match] = []
    func extend(_ node: Int, at position: Int, from start: Int) {
      guard position < tokens.count, position == start || tokens[position].boundary != .sentence else { return }
      for id in ids[starts[position]..<starts[position + 1]] {
        let root = node == 0 ? Int(rootChildren[Int(id)]) : -1
        guard let child = node == 0 ? (root >= 0 ? root : nil) : nodes[node].child(id) else { continue }
        for ending in nodes[child].endings { matches.append(Match(ending: ending, start: start, end: position)) }
        if !nodes[child].children.isEmpty { extend(child, at: position + 1, from: start) }
      }
    }
    for start in tokens.indices where starts[start] < starts[start + 1] {
      extend(0, at: start, from: start)
    }
    return matches
  }
}
