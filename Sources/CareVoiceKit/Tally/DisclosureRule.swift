/// The small-number rule applied to every count that describes respondents (DESIGN.md §6).
///
/// With the default `minimumCell` of 6, counts from 1 to 5 are suppressed, as the
/// Department for Education does; a stricter board sets 10; 0 turns suppression off.
/// Zero is never suppressed: it discloses nobody.
public struct DisclosureRule: Sendable, Hashable, Codable {
  public var minimumCell: Int

  public static let standard = DisclosureRule(minimumCell: 6)
  public static let off = DisclosureRule(minimumCell: 0)

  public init(minimumCell: Int) {
    self.minimumCell = max(0, minimumCell)
  }

  /// Whether a count must be hidden on its own account (primary suppression).
  public func suppresses(_ count: Int) -> Bool {
    count > 0 && count < minimumCell
  }

  /// Whether a figure derived from a base (a percentage, a mean) must be hidden because the base is too small.
  public func hidesFigures(onBase base: Int) -> Bool {
    base < minimumCell
  }
}
