/// A published total and the counts that add up to it, by their positions in a list of counts.
///
/// A row of a table with its total is one line, a column with its total another;
/// "positive answers = Yes + Mostly" and "missing = skipped + not shown" are lines too.
public struct AdditiveLine: Sendable, Hashable {
  /// The position of the published total.
  public var total: Int
  /// The positions of the counts that add up to it.
  public var parts: [Int]

  /// A line whose `parts` add up to `total`.
  public init(total: Int, parts: [Int]) {
    self.total = total
    self.parts = parts
  }

  /// The total's position and then the parts'.
  public var cells: [Int] { [total] + parts }
}
