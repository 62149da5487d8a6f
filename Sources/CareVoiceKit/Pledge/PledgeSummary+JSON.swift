import Foundation

extension PledgeSummary: Encodable {
  /// The summary as the JSON of DESIGN.md §6: snake_case keys in sorted order, unrounded figures, null where hidden.
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  private enum Keys: String, CodingKey {
    case pledge, period, rule, commitments
    case previousPeriod = "previous_period"
    case asOf = "as_of"
    case actionsSummary = "actions_summary"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(pledge, forKey: .pledge)
    try container.encode(period, forKey: .period)
    try container.encode(previousPeriod, forKey: .previousPeriod)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(rollUp, forKey: .rule)
    try container.encode(commitments, forKey: .commitments)
    try container.encode(actionTotals, forKey: .actionsSummary)
  }
}

extension CommitmentSummary: Encodable {
  private enum Keys: String, CodingKey {
    case id, promise, rating, indicators, themes, actions
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(id, forKey: .id)
    try container.encode(promise, forKey: .promise)
    try container.encode(rating, forKey: .rating)
    try container.encode(indicators, forKey: .indicators)
    try container.encode(themes, forKey: .themes)
    try container.encode(actions, forKey: .actions)
  }
}

extension IndicatorSummary: Encodable {
  private enum Keys: String, CodingKey {
    case instrument, question, value, base, ci95, target, previous, change, significant, rating, suppressed, series
    case redBelow = "red_below"
    case previousPeriod = "previous_period"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(instrument, forKey: .instrument)
    try container.encode(question, forKey: .question)
    try container.encode(value, forKey: .value)
    try container.encode(base, forKey: .base)
    try container.encode(ci95.map { [$0.lowerBound, $0.upperBound] }, forKey: .ci95)
    try container.encode(target, forKey: .target)
    try container.encode(redBelow, forKey: .redBelow)
    try container.encode(previousPeriod, forKey: .previousPeriod)
    try container.encode(previous, forKey: .previous)
    try container.encode(change, forKey: .change)
    try container.encode(isSignificant, forKey: .significant)
    try container.encode(rating, forKey: .rating)
    try container.encode(isSuppressed, forKey: .suppressed)
    try container.encode(series, forKey: .series)
  }
}

extension IndicatorSummary.Point: Encodable {
  private enum Keys: String, CodingKey {
    case period, value, base, suppressed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(period, forKey: .period)
    try container.encode(value, forKey: .value)
    try container.encode(base, forKey: .base)
    try container.encode(isSuppressed, forKey: .suppressed)
  }
}

extension ThemeSummary: Encodable {
  private enum Keys: String, CodingKey {
    case instrument, question, theme, label, respondents, answered, percent, suppressed
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(instrument, forKey: .instrument)
    try container.encode(question, forKey: .question)
    try container.encode(theme, forKey: .theme)
    try container.encode(label, forKey: .label)
    try container.encode(respondents, forKey: .respondents)
    try container.encode(answered, forKey: .answered)
    try container.encode(percent, forKey: .percent)
    try container.encode(isSuppressed, forKey: .suppressed)
  }
}

extension TrackedAction: Encodable {
  private enum Keys: String, CodingKey {
    case id, status, due, state
    case completedOn = "completed_on"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(action.id, forKey: .id)
    try container.encode(action.status, forKey: .status)
    try container.encode(action.due, forKey: .due)
    try container.encode(action.status == .completed ? action.completedOn : nil, forKey: .completedOn)
    try container.encode(state, forKey: .state)
  }
}

extension ActionTotals: Encodable {
  private enum Keys: String, CodingKey {
    case total, due, completed, overdue, dropped
    case completedOnTime = "completed_on_time"
    case dueSoon = "due_soon"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(total, forKey: .total)
    try container.encode(due, forKey: .due)
    try container.encode(completed, forKey: .completed)
    try container.encode(completedOnTime, forKey: .completedOnTime)
    try container.encode(overdue, forKey: .overdue)
    try container.encode(dueSoon, forKey: .dueSoon)
    try container.encode(dropped, forKey: .dropped)
  }
}
