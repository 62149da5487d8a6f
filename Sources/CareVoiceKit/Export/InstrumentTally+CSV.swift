extension InstrumentTally {
  /// The columns of the tidy CSV, one figure per row.
  public static let csvHeader: [String] = [
    "instrument", "periods", "question_id", "question", "group", "measure", "option_value", "option_label",
    "count", "percent", "ci_low", "ci_high", "base", "suppressed", "value",
  ]

  /// The tally as tidy long-form CSV: one row per option, share or statistic of every question, overall (`all`) and per group.
  ///
  /// `measure` says what a row holds: `option`, `positive`, `mentions`,
  /// `mean_score`, `skipped`, `not_shown`, `missing`, `answered` (a text
  /// question), or a number statistic (`n`, `sum`, `mean`, `median`, `min`, `max`,
  /// figure in `value`). Hidden counts are blank with `suppressed` true.
  /// Percentages are unrounded. Trends are in the JSON and the readable formats.
  public func csvText(byteOrderMark: Bool = false) -> String {
    var writer = CSVWriter(byteOrderMark: byteOrderMark)
    writer.write(Self.csvHeader.map { .text($0) })
    let periodText = periods.map(\.description).joined(separator: ", ")
    for question in questions {
      let lead: [CSVWriter.Field] = [.text(instrument), .text(periodText), .text(question.id), .text(question.text)]
      let overallBase = CSVWriter.Field.integer(question.overall.base)
      for (measure, count) in [
        ("skipped", question.skipped), ("not_shown", question.notShown), ("missing", question.missing),
      ] {
        writer.write(
          lead + ["all", .text(measure), .empty, .empty, .integer(count), .empty, .empty, .empty, overallBase]
            + [.text(count == nil ? "true" : "false"), .empty])
      }
      var rows = [("all", question.overall)]
      rows += (question.breakdown ?? []).map { ($0.group, $0.row) }
      for (group, row) in rows {
        for record in Self.csvRecords(row, type: question.type, isOverall: group == "all") {
          writer.write(lead + [.text(group)] + record)
        }
      }
    }
    return writer.text
  }

  /// The records of one row, from `measure` on.
  private static func csvRecords(_ row: TallyRow, type: Question.Kind, isOverall: Bool) -> [[CSVWriter.Field]] {
    let base = CSVWriter.Field.integer(row.base)
    func share(_ measure: String, _ value: String, _ label: String, _ share: ShareTally) -> [CSVWriter.Field] {
      [
        .text(measure), .text(value), .text(label), .integer(share.count), .number(share.percent),
        .number(share.ci95?.lower), .number(share.ci95?.upper), base, .text(share.isSuppressed ? "true" : "false"),
        .empty,
      ]
    }
    func figure(_ measure: String, count: Int? = nil, value: Double? = nil, hidden: Bool) -> [CSVWriter.Field] {
      [.text(measure), .empty, .empty, .integer(count), .empty, .empty, .empty, base]
        + [.text(hidden ? "true" : "false"), .number(value)]
    }
    var records: [[CSVWriter.Field]] = []
    switch type {
    case .text:
      records.append(figure("answered", count: row.base, hidden: row.base == nil))
    case .number:
      let number = row.number
      records.append(figure("n", count: number?.n, hidden: row.base == nil))
      for (measure, value) in [
        ("sum", number?.sum), ("mean", number?.mean), ("median", number?.median), ("min", number?.min),
        ("max", number?.max),
      ] {
        records.append(figure(measure, value: value, hidden: row.base == nil))
      }
    case .single, .scale, .multiple:
      records += row.options.map { share("option", $0.value, $0.label, $0.share) }
      if let positive = row.positive { records.append(share("positive", "", "Positive answers", positive)) }
      if type == .multiple, isOverall {
        records.append(figure("mentions", count: row.mentions, hidden: row.mentions == nil))
      }
      if let mean = row.meanScore { records.append(figure("mean_score", value: mean, hidden: false)) }
    }
    return records
  }
}
