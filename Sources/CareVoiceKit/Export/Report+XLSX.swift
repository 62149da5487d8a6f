/// The workbook format: an "About" sheet, then one sheet per kind of table, with typed cells.
extension Report {
  /// The report as workbook sheets, for ``XLSXWorkbookWriter``.
  ///
  /// Tables of the same kind (one per promise, one per question) share a sheet, with a
  /// first column naming the promise or question. Counts are numbers; percentages are
  /// numbers formatted as percentages, holding the whole percentage every other human
  /// format shows (so a column that adds to 100 in the page adds to 100 here); dates
  /// are dates; hidden figures read "fewer than 6" or "hidden".
  public var sheets: [XLSXSheet] {
    let words = self.words
    var sheets = [aboutSheet]
    var order: [String] = []
    var grouped: [String: [ReportTable]] = [:]
    for (_, table) in tables {
      if grouped[table.id] == nil { order.append(table.id) }
      grouped[table.id, default: []].append(table)
    }
    for id in order {
      let group = grouped[id] ?? []
      guard let first = group.first else { continue }
      let contextHeading = group.compactMap(\.context).first?.heading
      var header = contextHeading.map { [$0] } ?? []
      header += [first.rowHeading] + first.columns.map(\.heading)
      var rows: [[XLSXCell]] = []
      for table in group {
        for row in table.rows {
          var cells: [XLSXCell] = contextHeading == nil ? [] : [.text(table.context?.value ?? "")]
          cells.append(.text(row.heading))
          cells += row.cells.map { Report.cell($0, words: words) }
          rows.append(cells)
        }
      }
      sheets.append(XLSXSheet(name: first.sheet, header: header, rows: rows))
    }
    return sheets
  }

  /// Title, period, as-of day, the small-number rule and the notes.
  private var aboutSheet: XLSXSheet {
    var rows: [[XLSXCell]] = [
      [.text("Report"), .text(title)], [.text("For"), .text(subtitle)],
      [.text("Period"), .text(period?.description ?? "none loaded")], [.text("Figures as of"), .date(asOf)],
      [.text("Small numbers"), .text(words.legend)],
    ]
    rows += howToRead.map { [.text("How to read"), .text($0)] }
    rows += notes.map { [.text("About these figures"), .text($0)] }
    return XLSXSheet(name: "About this report", header: ["Item", "Detail"], rows: rows)
  }

  /// A cell typed for a spreadsheet.
  static func cell(_ value: ReportValue, words: FigureText) -> XLSXCell {
    switch value {
    case .text(let text): return .text(text)
    case .count(let count), .number(let count): return .integer(count)
    case .decimal(let number): return .number((number * 100).rounded() / 100)
    case .percent(let percent): return .percent(Double(percent.whole) / 100)
    case .change(let change): return .integer(change.shown)
    case .date(let day): return .date(day)
    case .suppressed(.small): return .suppressed
    case .suppressed(.hidden): return .text(FigureText.hidden)
    case .empty: return .empty
    case .interval, .rating: return .text(value.text(words))
    }
  }

  /// Writes the workbook to `path` (owner-only), with hidden cells worded by the report's rule.
  public func writeWorkbook(to path: String) throws {
    try XLSXWorkbookWriter(suppressedText: words.small).write(sheets, to: path)
  }
}
