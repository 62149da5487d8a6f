import SurveyFormats

/// Reads a table export (CSV or XLSX rows) as responses, by a ``TableLayout``.
struct TableResponseReader<Rows: RowSource>: ResponseSource {
  private var rows: Rows
  private let layout: TableLayout
  private let instrument: Instrument
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
    self.instrument = instrument
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
    var run = ResponseRun(instrument: instrument, capacity: 1)
    read(row, plan: plan, into: &run)
    return run.readResponse(at: 0)
  }

  /// Every response, a run at a time.
  ///
  /// A CSV file's rows are scanned, read and gathered into responses by a ``CSVCellStage``
  /// on a thread of its own; this thread checks their ids and reads the rows the stage
  /// left to it, in file order.
  mutating func forEachRun(_ body: (ResponseRun, _ bytesRead: Int) throws -> Void) throws {
    guard let csv = rows as? CSVReader else {
      var run = ResponseRun(instrument: instrument, capacity: ResponseRun.standardSize)
      while try prepare(), let plan, let row = try rows.next() {
        read(row, plan: plan, into: &run)
        if run.count == ResponseRun.standardSize {
          try body(run, rows.bytesRead)
          run = ResponseRun(instrument: instrument, capacity: ResponseRun.standardSize)
        }
      }
      finished = true
      if !run.isEmpty { try body(run, rows.bytesRead) }
      return
    }
    guard try prepare(), let plan, let cellReader else { return }
    let active = plan.roles.enumerated().compactMap { column, role in role.map { (column: column, role: $0) } }
    let stage = CSVCellStage(
      csv: csv, cells: cellReader, assembly: assembly, active: active, headerRow: headerRow)
    stage.start()
    // The stage shares the CSV reader: it must have stopped before this returns, however this ends.
    defer { stage.stop() }
    let file = name
    while var chunk = try stage.receive() {
      identity.warm(chunk.run.ids)
      var pending = chunk.pending.makeIterator()
      var nextPending = pending.next()
      for index in chunk.run.indices {
        if let row = nextPending, row.index == index {
          var single = ResponseRun(instrument: instrument, capacity: 1)
          read(Row(line: row.line, fields: row.fields, isDamaged: row.isDamaged), plan: plan, into: &single)
          chunk.run.replace(at: index, with: single)
          nextPending = pending.next()
        } else if let duplicate = identity.check(
          chunk.run.ids[index], file: file, line: chunk.run.lines[index])
        {
          ownDiagnostics.append(duplicate)
          chunk.run.markError(at: index)
        }
      }
      try body(chunk.run, chunk.bytesRead)
    }
    finished = true
  }

  /// Reads one row the slow way: an XLSX row, a CSV row read by ``next()``, or one a ``CSVCellStage`` left.
  private mutating func read(_ row: Row, plan: ColumnPlan, into run: inout ResponseRun) {
    assembly.reset()
    if row.fields == headerRow {
      repeatedHeader(line: row.line, fields: { row.fields }, into: &run)
      return
    }
    var words = Words()
    for (column, role) in plan.roles.enumerated() {
      guard let role else { continue }
      var cell: String
      if column < row.fields.count {
        cell = row.fields[column]
      } else if missingCellsAreEmpty {
        cell = ""
      } else {
        continue
      }
      let code = cell.withUTF8 { cellReader!.read($0, as: role, column: column, words: &words) }
      apply(code, as: role, column: column, words: words)
    }
    finish(line: row.line, isDamaged: row.isDamaged, fields: { row.fields }, into: &run)
  }

  /// Takes one cell's code; a cell with a problem is read again, for the message.
  private mutating func apply(_ code: CellCode, as role: ColumnRole, column: Int, words: Words) {
    guard case .unread(let word) = code else {
      assembly.apply(code, as: role, words: words)
      return
    }
    assembly.apply(cells.read(words[word], as: role), as: role, column: column, heading: plan!.headings[column])
  }

  /// Adds the response gathered to `run`, and reports its id if it was used before.
  private mutating func finish(line: Int, isDamaged: Bool, fields: () -> [String], into run: inout ResponseRun) {
    let fallbackID = assembly.hasOwnID ? nil : identity.digestID(of: fields())
    assembly.finish(
      fallbackID: fallbackID, file: name, line: line, isDamaged: isDamaged,
      diagnostics: &ownDiagnostics, into: &run)
    let index = run.count - 1
    if let duplicate = identity.check(run.ids[index], file: name, line: line) {
      ownDiagnostics.append(duplicate)
      run.markError(at: index)
    }
  }

  /// A row that repeats the header: one error for it, rather than one for each of its cells.
  private mutating func repeatedHeader(line: Int, fields: () -> [String], into run: inout ResponseRun) {
    finish(line: line, isDamaged: true, fields: fields, into: &run)
    ownDiagnostics.append(
      .error(
        at: SourceLocation(file: name, line: line),
        "this row repeats the header row of line \(headerLine); two exports were probably pasted into one file — "
          + "delete this row (and check the rows after it are not already in the file) and load it again"))
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
