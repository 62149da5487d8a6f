/// Every answer to a `number` question, kept exactly so the median is exact, in little memory for whole numbers.
///
/// Whole numbers from 0 to 65,535 (ages, weeks, counts of placements, 0–10
/// scores: nearly every number a consultation asks for) are counted in a
/// histogram, one slot per value up to the largest seen; every other value is
/// kept in a list. A million whole-number answers therefore cost a few
/// kilobytes, and the median is still the exact middle value, never an estimate.
public struct NumberSample: Sendable, Hashable {
  /// The largest whole number counted in the histogram rather than listed.
  public static let histogramLimit = 65_535

  /// How many values were added.
  public private(set) var count = 0
  /// Their sum.
  public private(set) var sum = 0.0
  /// The smallest value (infinity when empty).
  public private(set) var minimum = Double.infinity
  /// The largest value (minus infinity when empty).
  public private(set) var maximum = -Double.infinity
  var histogram: [Int] = []
  var others: [Double] = []

  /// An empty sample.
  public init() {}

  /// Adds one finite value.
  public mutating func add(_ value: Double) {
    count += 1
    sum += value
    if value < minimum { minimum = value }
    if value > maximum { maximum = value }
    if value >= 0, value <= Double(Self.histogramLimit), value.rounded(.towardZero) == value {
      let slot = Int(value)
      if slot >= histogram.count {
        histogram.append(contentsOf: repeatElement(0, count: slot + 1 - histogram.count))
      }
      histogram[slot] += 1
    } else {
      others.append(value)
    }
  }

  /// Adds every value of another sample.
  public mutating func merge(_ other: NumberSample) {
    guard other.count > 0 else { return }
    count += other.count
    sum += other.sum
    minimum = min(minimum, other.minimum)
    maximum = max(maximum, other.maximum)
    if other.histogram.count > histogram.count {
      histogram.append(contentsOf: repeatElement(0, count: other.histogram.count - histogram.count))
    }
    for (slot, n) in other.histogram.enumerated() where n > 0 { histogram[slot] += n }
    others.append(contentsOf: other.others)
  }

  /// The mean, or nil with no values.
  public var mean: Double? { count > 0 ? sum / Double(count) : nil }

  /// The exact median: the middle value, or the mean of the two middle values when the count is even.
  public var median: Double? {
    guard count > 0 else { return nil }
    let sorted = others.sorted()
    let upper = value(at: count / 2, sortedOthers: sorted)
    guard count % 2 == 0 else { return upper }
    return (value(at: count / 2 - 1, sortedOthers: sorted) + upper) / 2
  }

  /// The value of rank `rank` (0-based) in the merged order of the histogram and the sorted list.
  private func value(at rank: Int, sortedOthers: [Double]) -> Double {
    var remaining = rank
    var next = 0
    for (slot, n) in histogram.enumerated() {
      // Listed values (negative, fractional, or beyond the histogram) that sort before this slot.
      while next < sortedOthers.count, sortedOthers[next] < Double(slot) {
        if remaining == 0 { return sortedOthers[next] }
        remaining -= 1
        next += 1
      }
      if remaining < n { return Double(slot) }
      remaining -= n
    }
    return sortedOthers[next + remaining]
  }
}
