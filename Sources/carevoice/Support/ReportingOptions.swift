import ArgumentParser
import CareVoiceKit

/// The options of the commands that report figures: which periods, and the small-number rule.
struct ReportingOptions: ParsableArguments {
  @Option(
    name: .customLong("period"),
    help: "A period to include, such as \"2025-26 Q1\" (repeatable; default: every loaded period).")
  var periodLabels: [String] = []

  @Option(
    name: .customLong("min-cell"),
    help: "Counts below this are hidden (default 6, so 1 to 5 are hidden; 10 for stricter boards; 0 turns hiding off).")
  var minCell: Int = DisclosureRule.standard.minimumCell

  func validate() throws {
    for label in periodLabels where Period(label: label) == nil {
      throw ValidationError(
        "--period \"\(label)\" is not a period; write a financial quarter (2025-26 Q1), a financial year (2025-26) or a month (2025-09)"
      )
    }
    if minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
  }

  var periods: [Period] { periodLabels.compactMap(Period.init(label:)) }
  var rule: DisclosureRule { DisclosureRule(minimumCell: minCell) }
}
