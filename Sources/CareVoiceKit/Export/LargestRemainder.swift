/// Rounds shares to whole numbers that still add up to a total, by the largest remainder (Hamilton) method.
///
/// Each share gets the whole part of its quota; the units left over go, one
/// each, to the shares with the largest fractional parts (ties to the larger
/// quota, then the earlier share). So 33.3 + 33.3 + 33.3 becomes 34 + 33 + 33,
/// not 33 + 33 + 33 = 99.
public enum LargestRemainder {
  /// Whole percentages of `counts` over their sum, adding up to exactly 100 (all zero when the sum is zero).
  public static func percentages(of counts: [Int]) -> [Int] {
    apportion(counts, total: 100)
  }

  /// Whole numbers proportional to `counts` that add up to `total`, computed in integers so ties are exact.
  public static func apportion(_ counts: [Int], total: Int) -> [Int] {
    let sum = counts.reduce(0, +)
    guard sum > 0, total > 0 else { return counts.map { _ in 0 } }
    var result = counts.map { $0 * total / sum }
    let remainders = counts.map { $0 * total % sum }
    let left = total - result.reduce(0, +)
    let order = counts.indices.sorted { a, b in
      (remainders[a], counts[a], -a) > (remainders[b], counts[b], -b)
    }
    for index in order.prefix(left) { result[index] += 1 }
    return result
  }
}
