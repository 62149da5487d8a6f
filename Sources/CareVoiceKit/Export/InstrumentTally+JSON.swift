extension InstrumentTally: Encodable {
  /// The tally JSON of DESIGN.md §6, keys in the documented order; hidden figures are `null`.
  public var json: JSONValue {
    .object([
      .init("instrument", .string(instrument)),
      .init("periods", .array(periods.map { .string($0.description) })),
      .init("previous_period", .string(previousPeriod?.description)),
      .init("respondents", .int(respondents)),
      .init("min_cell", .int(minimumCell)),
      .init("breakdown_by", .string(breakdown)),
      .init("questions", .array(questions.map(\.json))),
      .init("themes", .array(themes.map(\.json))),
    ])
  }

  /// The JSON as text, indented, ending with a line break.
  public var jsonText: String { json.text() + "\n" }

  /// Encodes ``json`` (key order then depends on the encoder).
  public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

extension QuestionTally {
  var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(id)), .init("type", .string(type.rawValue)), .init("text", .string(text)),
      .init("theme", .string(theme)),
      .init("base", .int(overall.base)), .init("missing", .int(missing)), .init("skipped", .int(skipped)),
      .init("not_shown", .int(notShown)), .init("figures_hidden", .bool(overall.figuresHidden)),
    ]
    members += overall.figureMembers(type: type, isScored: isScored, isOverall: true)
    if let breakdown {
      members.append(
        .init(
          "breakdown",
          .array(
            breakdown.map { group in
              .object(
                [.init("group", .string(group.group)), .init("label", .string(group.label))]
                  + group.row.headMembers + group.row.figureMembers(type: type, isScored: isScored, isOverall: false))
            })))
    }
    if let trend { members.append(.init("trend", trend.json(type: type, isScored: isScored))) }
    return .object(members)
  }
}

extension TallyRow {
  /// `base` and `figures_hidden`.
  var headMembers: [JSONValue.Member] {
    [.init("base", .int(base)), .init("figures_hidden", .bool(figuresHidden))]
  }

  /// The figures after the base: options and their summaries, or a number question's statistics.
  func figureMembers(type: Question.Kind, isScored: Bool, isOverall: Bool) -> [JSONValue.Member] {
    switch type {
    case .text:
      return []
    case .number:
      let number = self.number ?? NumberTally(n: base, sum: nil, mean: nil, median: nil, min: nil, max: nil)
      return [
        .init("n", .int(number.n)), .init("sum", .number(number.sum)), .init("mean", .number(number.mean)),
        .init("median", .number(number.median)), .init("min", .number(number.min)),
        .init("max", .number(number.max)),
      ]
    case .single, .scale, .multiple:
      var members: [JSONValue.Member] = [.init("options", .array(options.map(\.json)))]
      if type == .multiple && isOverall { members.append(.init("mentions", .int(mentions))) }
      if let positive {
        members += [
          .init("positive_percent", .number(positive.percent)), .init("positive_count", .int(positive.count)),
          .init("positive_ci95", positive.ci95.json), .init("positive_suppressed", .bool(positive.isSuppressed)),
        ]
      }
      if isScored { members.append(.init("mean_score", .number(meanScore))) }
      return members
    }
  }
}

extension OptionTally {
  var json: JSONValue {
    .object([
      .init("value", .string(value)), .init("label", .string(label)), .init("count", .int(share.count)),
      .init("percent", .number(share.percent)), .init("ci95", share.ci95.json),
      .init("suppressed", .bool(share.isSuppressed)),
    ])
  }
}

extension PercentInterval? {
  /// `[lower, upper]`, or `null`.
  var json: JSONValue { map { .array([.number($0.lower), .number($0.upper)]) } ?? .null }
}

extension TrendTally {
  func json(type: Question.Kind, isScored: Bool) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("period", .string(period.description)), .init("previous_period", .string(previousPeriod?.description)),
    ]
    if type.hasOptionsKind { members.append(.init("options", .array(options.map(\.json)))) }
    if let positive { members.append(.init("positive", positive.json)) }
    members.append(
      .init(
        "series",
        .array(
          series.map { entry in
            .object(
              [.init("period", .string(entry.period.description))] + entry.row.headMembers
                + entry.row.figureMembers(type: type, isScored: isScored, isOverall: false))
          })))
    return .object(members)
  }
}

extension ShareChange {
  var json: JSONValue {
    .object([
      .init("value", .string(value)), .init("percent", .number(percent)), .init("previous", .number(previous)),
      .init("change", .number(change)), .init("change_ci95", changeCI95.json),
      .init("significant", .bool(isSignificant)),
    ])
  }
}

extension ThemeScore {
  var json: JSONValue {
    .object([
      .init("theme", .string(theme)), .init("questions", .array(questions.map { .string($0) })),
      .init("mean_positive_percent", .number(meanPositivePercent)), .init("suppressed", .bool(isSuppressed)),
    ])
  }
}

extension Question.Kind {
  /// Whether questions of this kind are answered from options.
  var hasOptionsKind: Bool { self == .single || self == .multiple || self == .scale }
}
