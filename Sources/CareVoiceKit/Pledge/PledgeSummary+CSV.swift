import Foundation

extension PledgeSummary {
  /// The three tables the summary is written to CSV as, one row per indicator, linked theme or action.
  public enum CSVTable: String, Sendable, CaseIterable {
    case indicators, themes, actions
  }

  /// One of the summary's tables as RFC 4180 CSV for a spreadsheet: whole percentages, ratings and states in words.
  ///
  /// A hidden figure is an empty cell. Lines end in CRLF; a cell holding a comma,
  /// quote or line break is quoted, and one that begins with `=`, `+`, `-`, `@`,
  /// a tab or a carriage return is prefixed with `'` so no spreadsheet runs it as a formula.
  public func csv(_ table: CSVTable) -> String {
    let rows: [[String]]
    switch table {
    case .indicators: rows = indicatorRows
    case .themes: rows = themeRows
    case .actions: rows = actionRows
    }
    return rows.map { $0.map(Self.csvCell).joined(separator: ",") + "\r\n" }.joined()
  }

  private var indicatorRows: [[String]] {
    let header = [
      "Commitment", "Promise", "Commitment rating", "Period", "Instrument", "Question", "Result (%)", "Base",
      "95% low (%)", "95% high (%)", "Target (%)", "Red below (%)", "Compared with", "Previous (%)", "Change",
      "Rating",
    ]
    return [header]
      + commitments.flatMap { commitment in
        commitment.indicators.map { indicator in
          [
            commitment.id, commitment.promise, PledgeWording.rating(commitment.rating), period?.description ?? "",
            indicator.instrument, indicator.question,
            Self.whole(indicator.value),
            indicator.base.map(String.init) ?? "",
            Self.whole(indicator.ci95?.lowerBound), Self.whole(indicator.ci95?.upperBound),
            String(PledgeWording.target(indicator.target).dropLast()),
            String(PledgeWording.target(indicator.redBelow).dropLast()), indicator.previousPeriod?.description ?? "",
            Self.whole(indicator.previous), PledgeWording.trend(of: indicator), PledgeWording.rating(indicator.rating),
          ]
        }
      }
  }

  private var themeRows: [[String]] {
    let header = [
      "Commitment", "Period", "Instrument", "Question", "Theme", "Label", "Mentioned by", "Answered", "Percent",
      "Suppressed",
    ]
    return [header]
      + commitments.flatMap { commitment in
        commitment.themes.map { theme in
          [
            commitment.id, period?.description ?? "", theme.instrument, theme.question, theme.theme, theme.label,
            theme.respondents.map(String.init) ?? "", theme.answered.map(String.init) ?? "", Self.whole(theme.percent),
            theme.isSuppressed ? "Yes" : "No",
          ]
        }
      }
  }

  private var actionRows: [[String]] {
    let header = [
      "Commitment", "Action", "You said", "We will", "Owner", "Due", "Status", "Completed on", "Where it stands",
      "We did", "As of",
    ]
    return [header]
      + commitments.flatMap { commitment in
        commitment.actions.map { tracked in
          let action = tracked.action
          return [
            commitment.id, action.id, action.youSaid, action.weWill, action.owner, action.due.description,
            action.status.rawValue, action.status == .completed ? action.completedOn?.description ?? "" : "",
            PledgeWording.state(tracked.state), action.weDid ?? "", asOf.description,
          ]
        }
      }
  }

  private static func whole(_ percent: Double?) -> String {
    percent.map { String(PledgeWording.whole($0)) } ?? ""
  }

  /// A cell neutralised against formula injection, then quoted where RFC 4180 needs it.
  static func csvCell(_ text: String) -> String {
    var cell = text
    if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return cell
    }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
