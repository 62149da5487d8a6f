import SurveyFormats

/// Reads a table export (CSV or XLSX rows) as responses, by a ``TableLayout``.
struct TableResponseReader<Rows: RowSource>: ResponseSource {
  private var rows: Rows
  private let layout: TableLayout
  private let cells: CellReader
  private var cellReader: RememberingCellReader?
  private var plan: ColumnPlan?
  /// The first header row, to notice it again further down (two exports pasted together).
  private var headerRow: [String] = []
  private var headerLine = 1
  private var assembly: ResponseAssembly
  private var identity = ResponseIdentity()
  private var ownDiagnostics: [Diagnostic] = []
  private var finished = false
  /// Whether a cell missing from the end of a row is empty rather than absent: XLSX leaves empty cells out.
  private let missingCellsAreEmpty: Bool

  init(rows: Rows, layout: TableLayout, instrument: Instrument, missingCellsAreEmpty: Bool = false) {
    self.rows = rows
    self.layout = layout
    self.missingCellsAreEmpty = missingCellsAreEmpty
    let vocabulary = InstrumentVocabulary(instrument)
    cells = CellReader(
      answers: AnswerReader(
        vocabulary: vocabulary, multiple: layout.multiple, notShownMarkers: layout.notShownMarkers,
        skippedMarkers: layout.skippedMarkers),
      layout: layout)
    assembly = ResponseAssembly(vocabulary: vocabulary)
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
    guard try prepare(), let plan, let row = try rows.next() else {
      finished = true
      return nil
    }
    assembly.reset()
    if row.fields == headerRow { return repeatedHeader(line: row.line) { row.fields } }
    for (column, role) in plan.roles.enumerated() {
      guard let role else { continue }
      let cell: String
      if column < row.fields.count {
        cell = row.fields[column]
      } else if missingCellsAreEmpty {
        cell = ""
      } else {
        continue
      }
      var text = cell
      let reading = text.withUTF8 { read($0, as: role, column: column) { cell } }
      assembly.apply(reading, as: role, column: column, heading: plan.headings[column])
    }
    return finish(line: row.line, isDamaged: row.isDamaged) { row.fields }
  }

  /// Every response, read straight from the CSV reader's buffer where the export is a CSV file.
  ///
  /// A CSV file's rows are scanned and their cells read by a ``CSVCellStage`` on a thread
  /// of its own; this thread gathers the readings into responses, in file order.
  mutating func forEach(_ body: (ReadResponse, _ bytesRead: Int) throws -> Void) throws {
    guard let csv = rows as? CSVReader else {
      while let response = try next() { try body(response, rows.bytesRead) }
      return
    }
    guard try prepare(), let plan, let cellReader else { return }
    let active = plan.roles.enumerated().compactMap { column, role in role.map { (column: column, role: $0) } }
    let stage = CSVCellStage(csv: csv, cells: cellReader, active: active, headerRow: headerRow)
    stage.start()
    // The stage shares the CSV reader: it must have stopped before this returns, however this ends.
    defer {
      stage.handoff.abandon()
      stage.handoff.waitUntilFinished()
    }
    while var chunk = try stage.handoff.receive() {
      try chunk.readings.withUnsafeMutableBufferPointer { readings in
        var next = 0
        for row in chunk.rows {
          assembly.reset()
          if row.isRepeatedHeader {
            try body(repeatedHeader(line: row.line) { row.fields ?? [] }, row.bytesRead)
            continue
          }
          for index in 0..<row.readings {
            let (column, role) = active[index]
            // Moved out of the chunk, a trivial reading left in its place: read in place, it would be copied
            // (retained) for `apply` and released twice, twenty million times in a large load.
            let slot = readings.baseAddress! + next + index
            let reading = slot.move()
            slot.initialize(to: .nothing)
            assembly.apply(reading, as: role, column: column, heading: plan.headings[column])
          }
          next += row.readings
          try body(finish(line: row.line, isDamaged: row.isDamaged) { row.fields ?? [] }, row.bytesRead)
        }
      }
    }
    finished = true
  }

  /// What a cell says for its role.
  private mutating func read(
    _ bytes: UnsafeBufferPointer<UInt8>, as role: ColumnRole, column: Int, text: () -> String
  ) -> CellReading {
    cellReader!.read(bytes, as: role, column: column, text: text)
  }

  private mutating func finish(line: Int, isDamaged: Bool, fields: () -> [String]) -> ReadResponse {
    let fallbackID = assembly.hasOwnID ? nil : identity.digestID(of: fields())
    let (response, errors) = assembly.finish(
      fallbackID: fallbackID, file: name, line: line, diagnostics: &ownDiagnostics)
    var hasErrors = errors || isDamaged
    if let duplicate = identity.check(response.id, file: name, line: line) {
      ownDiagnostics.append(duplicate)
      hasErrors = true
    }
    return ReadResponse(response: response, hasErrors: hasErrors)
  }

  /// A row that repeats the header: one error for it, rather than one for each of its cells.
  private mutating func repeatedHeader(line: Int, fields: () -> [String]) -> ReadResponse {
    let read = finish(line: line, isDamaged: true, fields: fields)
    ownDiagnostics.append(
      .error(
        at: SourceLocation(file: name, line: line),
        "this row repeats the header row of line \(headerLine); two exports were probably pasted into one file — "
          + "delete this row (and check the rows after it are not already in the file) and load it again"))
    return read
  }

  /// Reads the header rows and works out the columns once; false when no response can be read.
  private mutating func prepare() throws -> Bool {
    guard !finished else { return false }
    if plan != nil { return true }
    var headers: [[String]] = []
    var firstLine = 1
    while headers.count < layout.headerRows, let row = try rows.next() {
      if headers.isEmpty { firstLine = row.line }
      headers.append(row.fields)
    }
    guard headers.count == layout.headerRows else {
      finished = true
      // A reader that stopped at an error (a broken sheet) has said why; "no header row" would mislead.
      if rows.diagnostics.contains(where: \.isError) { return false }
      ownDiagnostics.append(
        .error(
          at: SourceLocation(file: name, line: 1),
          "this file has no \(layout.dialect.title) header\(layout.headerRows > 1 ? " rows" : " row"); "
            + "export the responses again, with their headings"))
      return false
    }
    headerRow = headers[0]
    headerLine = firstLine
    let plan = ColumnPlan(
      headers: headers, layout: layout, vocabulary: cells.vocabulary, file: name, line: firstLine)
    ownDiagnostics += plan.diagnostics
    self.plan = plan
    cellReader = RememberingCellReader(cells: cells, roles: plan.roles)
    if plan.diagnostics.contains(where: \.isError) { finished = true }
    return !finished
  }
}
