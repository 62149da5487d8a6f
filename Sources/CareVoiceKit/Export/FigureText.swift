/// How human-facing reports write counts and percentages: whole percentages, small counts in words, small bases flagged.
///
///     45%   <1%   >99%   fewer than 6   hidden   small base
public struct FigureText: Sendable, Hashable {
  /// A base under this many respondents is flagged "small base" (percentages on it move a lot with one answer).
  public static let smallBase = 30

  /// The rule whose minimum the words name.
  public var rule: DisclosureRule

  /// The wording for `rule`.
  public init(rule: DisclosureRule) {
    self.rule = rule
  }

  /// A whole percentage: `45%`; `<1%` for a non-zero share that rounds to 0, `>99%` for one short of all that rounds to 100.
  public func percent(_ whole: Int, exact: Double) -> String {
    if whole == 0 && exact > 0 { return "<1%" }
    if whole == 100 && exact < 100 { return ">99%" }
    return "\(whole)%"
  }

  /// A percentage rounded half up to a whole number, or "" when hidden.
  public func percent(_ exact: Double?) -> String {
    guard let exact else { return "" }
    return percent(Int((exact + 0.5).rounded(.down)), exact: exact)
  }

  /// A percentage interval, `38–52%`, or "" when hidden.
  public func interval(_ interval: PercentInterval?) -> String {
    guard let interval else { return "" }
    let lower = Int((interval.lower + 0.5).rounded(.down))
    let upper = Int((interval.upper + 0.5).rounded(.down))
    return "\(lower)–\(upper)%"
  }

  /// What a hidden count under the minimum reads as: `fewer than 6`.
  public var small: String { "fewer than \(rule.minimumCell)" }

  /// What a count hidden to protect another reads as.
  public static let hidden = "hidden"

  /// A count, or the words for it when hidden: `fewer than 6` if it is small itself, else `hidden`.
  public func count(_ count: Int?, isSmall: Bool = false) -> String {
    guard let count else { return isSmall ? small : Self.hidden }
    return String(count)
  }

  /// `small base` for a published base under ``smallBase``, else nil.
  public func baseFlag(_ base: Int?) -> String? {
    guard let base, base > 0, base < Self.smallBase else { return nil }
    return "small base"
  }

  /// The note every report with suppression carries, saying what the words mean.
  public var legend: String {
    guard rule.minimumCell > 1 else { return "No counts are hidden (the small-number rule is off)." }
    return
      "Counts from 1 to \(rule.minimumCell - 1) are shown as \"\(small)\"; counts marked \"hidden\" are withheld "
      + "so that a small count cannot be worked out from the others. Percentages are not shown on a base under "
      + "\(rule.minimumCell). \"small base\": fewer than \(Self.smallBase) answered, so treat percentages with care."
  }
}
