/// When a figure has enough evidence behind it to be shown and coloured: the disclosure rule and the Pledge's minimum base.
struct EvidenceThreshold: Sendable, Hashable {
  var minimumBase: Int
  var disclosure: DisclosureRule

  /// Whether a share on this base may be shown and rated; below it the indicator is grey.
  func isEnough(base: Int) -> Bool {
    base > 0 && base >= minimumBase && !disclosure.hidesFigures(onBase: base)
  }

  /// Whether a share must be withheld although its base is large enough: the positive answers or the others
  /// are a small count, which the share and the base together would give away (3 of 200 shown as 2%).
  func hidesShare(_ counts: (positive: Int, base: Int)) -> Bool {
    disclosure.suppresses(counts.positive) || disclosure.suppresses(counts.base - counts.positive)
  }

  /// The base as it may be shown: nil when the count itself is small enough to be suppressed.
  func shown(base: Int) -> Int? {
    disclosure.suppresses(base) ? nil : base
  }
}
