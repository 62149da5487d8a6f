/// Hides enough further counts that no hidden count can be worked out from a published total (secondary suppression).
///
/// The rule it keeps: every line holds either no hidden cell or at least two, so
/// subtracting the published cells from the published total never gives one hidden
/// count exactly. It works until nothing changes. When a line holds exactly one
/// hidden cell, it hides one more cell of that line, chosen in this order:
///
/// 1. the lowest `preference` class (callers put option counts in 0, other totals
///    in 1 and bases in 2, so a base is hidden only when nothing else will do);
/// 2. the cell whose other lines gain the fewest new lone hidden cells (a cell
///    whose other line already has exactly one hidden cell mends both at once);
/// 3. a part before the line's total;
/// 4. the smallest count, then the earliest position.
///
/// Zeros are never hidden to protect another cell, because a hidden zero partnered
/// with a small count leaves their small sum as plain as the count itself; only
/// when a line has no other non-zero cell left is a zero taken, as a last resort.
/// `implications` are pairs (a, b): once a is hidden, b must be hidden too (b is
/// published as a function of a, as `missing` is `respondents − base`).
///
/// The check is per line, the rule statistical offices apply (two cells in every
/// row and column); it does not solve the whole system of lines for bounds.
public enum SecondarySuppression {
  /// The hidden flags of `counts`: those `rule` suppresses on their own, and the partners that protect them.
  public static func hidden(
    counts: [Int], lines: [AdditiveLine], rule: DisclosureRule,
    preference: [Int]? = nil, implications: [(Int, Int)] = []
  ) -> [Bool] {
    hidden(
      counts: counts, primary: counts.map(rule.suppresses), lines: lines,
      preference: preference, implications: implications)
  }

  /// The hidden flags when `primary` says which cells are hidden to begin with.
  public static func hidden(
    counts: [Int], primary: [Bool], lines: [AdditiveLine],
    preference: [Int]? = nil, implications: [(Int, Int)] = []
  ) -> [Bool] {
    var hidden = primary
    let preference = preference ?? Array(repeating: 0, count: counts.count)
    var linesOfCell = Array(repeating: [Int](), count: counts.count)
    for (index, line) in lines.enumerated() {
      for cell in line.cells { linesOfCell[cell].append(index) }
    }
    func hiddenCount(_ line: AdditiveLine) -> Int {
      line.cells.reduce(0) { $0 + (hidden[$1] ? 1 : 0) }
    }
    var changed = true
    while changed {
      changed = false
      for (from, to) in implications where hidden[from] && !hidden[to] {
        hidden[to] = true
        changed = true
      }
      for (lineIndex, line) in lines.enumerated() where hiddenCount(line) == 1 {
        let candidates = line.cells.filter { !hidden[$0] }
        let positive = candidates.filter { counts[$0] > 0 }
        let pool = positive.isEmpty ? candidates : positive
        let ranked = pool.map { cell -> (cell: Int, key: [Int]) in
          var cascade = 0
          for other in linesOfCell[cell] where other != lineIndex {
            switch hiddenCount(lines[other]) {
            case 0: cascade += 1
            case 1: cascade -= 1
            default: break
            }
          }
          let isTotal = cell == line.total ? 1 : 0
          return (cell, [preference[cell], cascade, isTotal, counts[cell], cell])
        }
        guard let best = ranked.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) else { continue }
        hidden[best.cell] = true
        changed = true
      }
    }
    return hidden
  }

  /// The lines that still hold exactly one hidden cell: empty after ``hidden(counts:lines:rule:preference:implications:)``.
  public static func exposedLines(_ lines: [AdditiveLine], hidden: [Bool]) -> [AdditiveLine] {
    lines.filter { line in line.cells.reduce(0) { $0 + (hidden[$1] ? 1 : 0) } == 1 }
  }
}
