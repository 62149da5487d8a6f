/// The CSV format: every figure of the report in tidy long form, one value per row, with a UTF-8 byte order mark.
extension Report {
  /// The columns of the tidy CSV.
  public static let csvHeader: [String] = [
    "report", "audience", "period", "as_of", "section", "table", "context", "row_id", "row", "column_id", "column",
    "kind", "value", "shown", "suppressed",
  ]

  /// The report's tables in tidy long form: one row per cell, the machine `value` beside the `shown` words.
  ///
  /// `kind` says what a value is: `count` (people), `number` (promises, actions),
  /// `percent`, `interval`, `change`, `decimal`, `date`, `rating`, `text`, `suppressed`
  /// or `empty`. `value` is the figure unrounded (a percentage as computed, a count, a date as
  /// `YYYY-MM-DD`, a change in points), blank when hidden; `shown` is what the
  /// other formats print; `suppressed` is `small`, `hidden` or empty. Text cells
  /// that a spreadsheet could take for a formula are neutralised by ``CSVWriter``.
  public func csv() -> String {
    var writer = CSVWriter(byteOrderMark: true)
    writer.write(Self.csvHeader.map { .text($0) })
    let words = self.words
    let lead: [CSVWriter.Field] = [
      .text(name), .text(audience.rawValue), .text(period?.description ?? ""), .text(asOf.description),
    ]
    for (section, table) in tables {
      let context = table.context.map { "\($0.heading) \($0.value)" } ?? ""
      for row in table.rows {
        for (column, value) in zip(table.columns, row.cells) {
          writer.write(
            lead + [
              .text(section.id), .text(table.id), .text(context), .text(row.id), .text(row.heading), .text(column.id),
              .text(column.heading), .text(value.kind), Self.csvValue(value), .text(value.text(words)),
              .text(Self.suppression(value)),
            ])
        }
      }
    }
    return writer.text
  }

  /// The machine value of a cell.
  static func csvValue(_ value: ReportValue) -> CSVWriter.Field {
    switch value {
    case .text(let text): return .text(text)
    case .count(let count), .number(let count): return .integer(count)
    case .decimal(let number): return .number(number)
    case .percent(let percent): return .number(percent.exact)
    case .interval(let interval):
      return .text("\(interval.lower)–\(interval.upper)")
    case .change(let change): return .number(change.points)
    case .date(let day): return .text(day.description)
    case .rating(let rating): return .text(rating.rawValue)
    case .suppressed, .empty: return .empty
    }
  }

  static func suppression(_ value: ReportValue) -> String {
    if case .suppressed(let reason) = value { return reason.rawValue }
    return ""
  }
}

extension ReportTable {
  /// The table as a wide CSV with a byte order mark, one row per row and one column per column, for editing in a spreadsheet.
  ///
  /// Cells show what the other human formats show; blank cells stay blank for the team to fill in.
  public func wideCSV(words: FigureText) -> String {
    var writer = CSVWriter(byteOrderMark: true)
    writer.write(([rowHeading] + columns.map(\.heading)).map { .text($0) })
    for row in rows {
      writer.write([.text(row.heading)] + row.cells.map { value in .text(value.text(words)) })
    }
    return writer.text
  }
}
