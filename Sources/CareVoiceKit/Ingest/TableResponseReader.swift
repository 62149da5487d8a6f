import SurveyFormats

/// Reads a table export (CSV or XLSX rows) as responses, by a ``TableLayout``.
struct TableResponseReader<Rows: RowSource>: ResponseSource {
  private var rows: Rows
  private let layout: TableLayout
  private let vocabulary: InstrumentVocabulary
  private var reader: AnswerReader
  private var plan: ColumnPlan?
  private var identity = ResponseIdentity()
  private var ownDiagnostics: [Diagnostic] = []
  private var finished = false
  /// Whether a cell missing from the end of a row is empty rather than absent: XLSX leaves empty cells out.
  private let missingCellsAreEmpty: Bool

  init(rows: Rows, layout: TableLayout, instrument: Instrument, missingCellsAreEmpty: Bool = false) {
    self.rows = rows
    self.missingCellsAreEmpty = missingCellsAreEmpty
    self.layout = layout
    vocabulary = InstrumentVocabulary(instrument)
    reader = AnswerReader(
      vocabulary: vocabulary, multiple: layout.multiple, notShownMarkers: layout.notShownMarkers,
      skippedMarkers: layout.skippedMarkers)
  }

  var dialect: Dialect { layout.dialect }
  var name: String { rows.name }
  var bytesRead: Int { rows.bytesRead }

  /// The reader's diagnostics and this reader's, in the order of the lines they point at.
  var diagnostics: [Diagnostic] {
    (rows.diagnostics + ownDiagnostics).enumerated()
      .sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
      .map(\.element)
  }

  mutating func next() throws -> ReadResponse? {
    guard !finished else { return nil }
    if plan == nil {
      guard try readPlan() else {
        finished = true
        return nil
      }
    }
    guard let plan, let row = try rows.next() else {
      finished = true
      return nil
    }
    var assembly = ResponseAssembly(vocabulary: vocabulary)
    for (column, role) in plan.roles.enumerated() {
      guard let role else { continue }
      let value: String
      if column < row.fields.count {
        value = row.fields[column]
      } else if missingCellsAreEmpty {
        value = ""
      } else {
        continue
      }
      assembly.take(
        value, as: role, reader: &reader, layoutTick: layout.tick, column: column,
        heading: plan.headings[column])
    }
    let fallbackID = assembly.hasOwnID ? nil : identity.digestID(of: row.fields)
    let (response, errors) = assembly.finish(
      dates: layout.dates, fallbackID: fallbackID, file: name, line: row.line, diagnostics: &ownDiagnostics)
    var hasErrors = errors || row.isDamaged
    if let duplicate = identity.check(response.id, file: name, line: row.line) {
      ownDiagnostics.append(duplicate)
      hasErrors = true
    }
    return ReadResponse(response: response, hasErrors: hasErrors)
  }

  /// Reads the header rows and works out the columns; false when no response can be read.
  private mutating func readPlan() throws -> Bool {
    var headers: [[String]] = []
    var firstLine = 1
    while headers.count < layout.headerRows, let row = try rows.next() {
      if headers.isEmpty { firstLine = row.line }
      headers.append(row.fields)
    }
    guard headers.count == layout.headerRows else {
      ownDiagnostics.append(
        .error(
          at: SourceLocation(file: name, line: 1),
          "this file has no \(layout.dialect.title) header\(layout.headerRows > 1 ? " rows" : " row"); "
            + "export the responses again, with their headings"))
      return false
    }
    let plan = ColumnPlan(headers: headers, layout: layout, vocabulary: vocabulary, file: name, line: firstLine)
    ownDiagnostics += plan.diagnostics
    self.plan = plan
    return !plan.diagnostics.contains(where: \.isError)
  }
}
