/// The parent links of a codebook's themes, resolved to positions in its theme list.
///
/// A parent id that names no theme is ignored, and a loop of parents is cut
/// where it closes, so a faulty codebook still codes (its loader reports the fault).
struct ThemeHierarchy: Sendable, Hashable {
  /// For each theme, its ancestors from parent upwards.
  let ancestors: [[Int]]

  init(_ themes: [Theme]) {
    var position: [String: Int] = [:]
    for (index, theme) in themes.enumerated() where position[theme.id] == nil { position[theme.id] = index }
    ancestors = themes.indices.map { index in
      var chain: [Int] = []
      var seen: Set<Int> = [index]
      var current = themes[index].parent.flatMap { position[$0] }
      while let parent = current, seen.insert(parent).inserted {
        chain.append(parent)
        current = themes[parent].parent.flatMap { position[$0] }
      }
      return chain
    }
  }

  /// The theme and its ancestors.
  func lineage(of theme: Int) -> [Int] { [theme] + ancestors[theme] }

  /// Whether one theme lies above the other (a pair of them says nothing new).
  func isRelated(_ first: Int, _ second: Int) -> Bool {
    ancestors[first].contains(second) || ancestors[second].contains(first)
  }
}
