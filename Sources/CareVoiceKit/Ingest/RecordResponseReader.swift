import SurveyFormats

/// Reads XML records (generic XML, or ODK/Kobo submissions) as responses.
///
/// A field absent from a record is a question not shown; a field that repeats, or a
/// `multiple` answer written as space- or separator-joined values, gives several options.
struct RecordResponseReader<Records: RecordSource & SendableMetatype>: ResponseSource {
  private var records: Records
  private let layout: TableLayout
  private let vocabulary: InstrumentVocabulary
  private var fieldReader: RememberingFieldReader
  private var assembly: ResponseAssembly
  private var identity = ResponseIdentity()
  private var ownDiagnostics: [Diagnostic] = []
  private var answersAnything = false

  init(records: Records, layout: TableLayout, instrument: Instrument) {
    self.records = records
    self.layout = layout
    vocabulary = InstrumentVocabulary(instrument)
    fieldReader = RememberingFieldReader(
      cells: CellReader(
        answers: AnswerReader(
          vocabulary: vocabulary, multiple: layout.multiple, notShownMarkers: layout.notShownMarkers),
        layout: layout))
    assembly = ResponseAssembly(vocabulary: vocabulary)
  }

  var dialect: Dialect { layout.dialect }
  var name: String { records.name }
  var bytesRead: Int { records.bytesRead }
  var diagnostics: [Diagnostic] { records.diagnostics + ownDiagnostics }

  mutating func next() throws -> ReadResponse? {
    guard let record = try records.next() else {
      recordsEnded()
      return nil
    }
    var run = ResponseRun(instrument: vocabulary.instrument, capacity: 1)
    read(record, file: records.name, into: &run)
    return run.readResponse(at: 0)
  }

  /// Every response, a run at a time, the records parsed by a ``RecordStage`` on a thread of its own.
  mutating func forEachRun(_ body: (ResponseRun, _ bytesRead: Int) throws -> Void) throws {
    let stage = RecordStage(records: records)
    stage.start()
    do {
      var run = ResponseRun(instrument: vocabulary.instrument, capacity: ResponseRun.standardSize)
      var bytesRead = 0
      while let reads = try stage.handoff.receive() {
        for read in reads {
          self.read(read.record, file: read.file, into: &run)
          bytesRead = read.bytesRead
          if run.count == ResponseRun.standardSize {
            try body(run, bytesRead)
            run = ResponseRun(instrument: vocabulary.instrument, capacity: ResponseRun.standardSize)
          }
        }
      }
      if !run.isEmpty { try body(run, bytesRead) }
    } catch {
      // The stage shares nothing once finished, and the source it hands back holds its diagnostics.
      records = stage.finish()
      throw error
    }
    records = stage.finish()
    recordsEnded()
  }

  /// Adds the response a record gives to `run`; `file` is the file it came from.
  private mutating func read(_ record: Record, file: String, into run: inout ResponseRun) {
    assembly.reset()
    for (position, field) in record.fields.enumerated() {
      let path =
        fieldReader.number(of: field.path, at: position)
        ?? fieldReader.add(field.path, role: role(of: field, file: file, line: record.line), at: position)
      guard let role = fieldReader.role(of: path) else { continue }
      answersAnything = answersAnything || isAnswer(role)
      let value: String
      if field.values.count > 1, case .answer(let question) = role,
        vocabulary.instrument.questions[question].type == .multiple
      {
        value = field.values.joined(separator: separator)
      } else {
        value = field.values.first ?? ""
        if field.values.count > 1, isAnswer(role) {
          ownDiagnostics.append(
            .warning(
              at: SourceLocation(file: file, line: record.line),
              "\(field.name) appears \(field.values.count) times in this record but takes one answer; "
                + "the first is kept"))
        }
      }
      let reading = fieldReader.read(value, as: role, path: path)
      assembly.apply(reading, as: role, column: nil, heading: field.path)
    }
    let fallbackID =
      assembly.hasOwnID ? nil : identity.digestID(of: record.fields.flatMap { [$0.path] + $0.values })
    assembly.finish(
      fallbackID: fallbackID, file: file, line: record.line, isDamaged: false,
      diagnostics: &ownDiagnostics, into: &run)
    let index = run.count - 1
    if let duplicate = identity.check(run.ids[index], file: file, line: record.line) {
      ownDiagnostics.append(duplicate)
      run.markError(at: index)
    }
  }

  /// Says so when no field of any record answered a question, unless the file was broken.
  private mutating func recordsEnded() {
    guard !answersAnything, !records.diagnostics.contains(where: \.isError) else { return }
    ownDiagnostics.append(
      .error(
        at: SourceLocation(file: name, line: 1),
        "no element of this file answers a question of \(vocabulary.instrument.id); check that --instrument "
          + "names the survey this export came from"))
  }

  private var separator: String {
    if case .separated(let separator) = layout.multiple { return separator }
    return " "
  }

  private func isAnswer(_ role: ColumnRole) -> Bool {
    switch role {
    case .answer, .tick: return true
    default: return false
    }
  }

  /// The role of a field met for the first time, looked up by its path and then its name.
  private mutating func role(of field: Record.Field, file: String, line: Int) -> ColumnRole? {
    var fieldLayout = layout
    fieldLayout.columnNames = { headers, _ in headers.map { $0[0] } }
    let resolution = ColumnPlan.resolve(
      0, headers: [[field.path], [field.name]], layout: fieldLayout, vocabulary: vocabulary)
    var role: ColumnRole?
    switch resolution {
    case .role(let resolved):
      role = resolved
    case .ambiguous(let targets):
      let names = targets.map(vocabulary.describe).joined(separator: " and ")
      ownDiagnostics.append(
        .error(
          at: SourceLocation(file: file, line: line),
          "the element \(field.path) fits \(names) equally well; give one of them an alias that matches it exactly"))
    case .unknown:
      let closest = Names.closest(to: field.name, among: vocabulary.questionNames)
      let hint =
        closest.map { "; the closest question is \"\($0)\" — if it is the same question, add it to its aliases" } ?? ""
      ownDiagnostics.append(
        .warning(
          at: SourceLocation(file: file, line: line),
          "the element \(field.path) matches no question of \(vocabulary.instrument.id) and is left out\(hint)"))
    }
    return role
  }
}
