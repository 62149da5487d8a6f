/// Counts with the cells to hide: small ones, and enough others that no hidden count can be worked out.
///
/// A count from 1 to `minimumCell - 1` is hidden (primary suppression). Where
/// counts add up (answered = coded + uncoded; a total = the sum of its periods
/// or groups), a sum with exactly one hidden non-zero cell would give it away,
/// so the smallest shown non-zero part is hidden too (secondary suppression),
/// or the total when no part is left; this repeats until nothing changes.
/// Hiding a slice's base hides the whole slice.
struct SuppressionGrid: Sendable {
  private(set) var counts: [Int] = []
  private(set) var hidden: [Bool] = []
  /// Each sum: its total cell first, then its parts.
  private var sums: [[Int]] = []
  private var slices: [(base: Int, cells: [Int])] = []
  let rule: DisclosureRule

  init(rule: DisclosureRule) {
    self.rule = rule
  }

  /// Adds a count, hidden when the rule suppresses it, and returns its cell.
  mutating func cell(_ count: Int) -> Int {
    counts.append(count)
    hidden.append(rule.suppresses(count))
    return counts.count - 1
  }

  mutating func addSum(total: Int, parts: [Int]) {
    sums.append([total] + parts)
  }

  /// Hides all of `cells` whenever `base` is hidden.
  mutating func addSlice(base: Int, cells: [Int]) {
    slices.append((base, cells))
  }

  func isHidden(_ cell: Int) -> Bool { hidden[cell] }

  /// The count, or nil when hidden.
  func shown(_ cell: Int) -> Int? { hidden[cell] ? nil : counts[cell] }

  /// Hides cells until every sum leaves its hidden cells undetermined.
  mutating func protect() {
    var changed = true
    while changed {
      changed = false
      for slice in slices where hidden[slice.base] {
        for cell in slice.cells where !hidden[cell] {
          hidden[cell] = true
          changed = true
        }
      }
      for sum in sums {
        let unknown = sum.filter { hidden[$0] && counts[$0] > 0 }
        guard unknown.count == 1 else { continue }
        let parts = sum.dropFirst().filter { !hidden[$0] && counts[$0] > 0 }
        if let smallest = parts.min(by: { (counts[$0], $0) < (counts[$1], $1) }) {
          hidden[smallest] = true
        } else if !hidden[sum[0]] {
          hidden[sum[0]] = true
        } else {
          continue
        }
        changed = true
      }
    }
  }
}
