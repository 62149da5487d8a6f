/// A streaming RFC 4180 CSV reader: it reads a file a chunk at a time, never all of it,
/// and yields its rows with the line each starts on.
///
/// - Fields may be quoted; a quoted field may hold the delimiter, line breaks and `""` for a quote.
/// - Lines may end in CRLF, LF or a lone CR; the last line may have no line end. `1,` keeps
///   its trailing empty field, spaces round unquoted fields are kept, blank lines are skipped.
/// - A quote inside an unquoted field (`5" tall`) is kept as text, as Excel reads it.
/// - A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is decoded; a field
///   that is not valid UTF-8 is read as Windows-1252, with one warning for the file.
/// - The delimiter is the one of comma, semicolon and tab found most often in the header line,
///   unless given. The header row is the first row and sets how many fields a row should have.
///
/// Problems in rows become ``diagnostics`` and the reader carries on, so that an officer sees
/// them all at once; a row with an error comes out with ``Row/isDamaged`` set. Only a failed
/// read or a row past ``CSVLimits`` stops it, by throwing ``InputError/unreadable(_:)``.
/// How it carries on:
///
/// - more fields than the header: an error at the first extra field; the row keeps them all;
/// - fewer fields: a warning; the row keeps the fields it has;
/// - a quote that never closes (or whose field runs past the field limit): an error where it
///   opened; the quote is then read as text, so the row ends at the end of its line and the
///   rows after it are read as usual;
/// - text after a closing quote (`"abc"x`): an error; the field keeps the text (`abcx`);
/// - a NUL byte: one error for the row; the byte stays in the field;
/// - past ``CSVLimits/maxDiagnostics``: one last error says the rest are not listed.
public final class CSVReader: RowSource {
  /// How many bytes each read asks for.
  static let defaultChunkSize = 256 << 10

  /// The file name used in diagnostics.
  public let name: String
  /// The limits past which the file is refused.
  public let limits: CSVLimits
  /// The problems found so far; grows as rows are read.
  public private(set) var diagnostics: [Diagnostic] = []

  private let input: CSVInput
  private var scanner: CSVScanner
  private var failure: InputError?
  private var header: [String]?
  private var isWindows1252 = false
  private var isRowDamaged = false
  private var hasTooManyProblems = false

  /// A reader of the file at `path`, with `delimiter` or the one found in its header line.
  ///
  /// A file that is missing, a folder, or not readable throws ``InputError/cannotOpen(path:reason:)``.
  public convenience init(path: String, delimiter: UInt8? = nil, limits: CSVLimits = .standard) throws(InputError) {
    try self.init(path: path, delimiter: delimiter, limits: limits, chunkSize: Self.defaultChunkSize)
  }

  /// A reader of `bytes`, named `name` in diagnostics, with `delimiter` or the one found in its header line.
  public convenience init(bytes: [UInt8], name: String, delimiter: UInt8? = nil, limits: CSVLimits = .standard) {
    self.init(bytes: bytes, name: name, delimiter: delimiter, limits: limits, chunkSize: Self.defaultChunkSize)
  }

  convenience init(path: String, delimiter: UInt8?, limits: CSVLimits, chunkSize: Int) throws(InputError) {
    let input = try CSVInput(path: path, chunkSize: chunkSize)
    self.init(input: input, name: path, delimiter: delimiter, limits: limits)
    if let failure { throw failure }
  }

  convenience init(bytes: [UInt8], name: String, delimiter: UInt8?, limits: CSVLimits, chunkSize: Int) {
    self.init(input: CSVInput(bytes: bytes, chunkSize: chunkSize), name: name, delimiter: delimiter, limits: limits)
  }

  private init(input: CSVInput, name: String, delimiter: UInt8?, limits: CSVLimits) {
    precondition(delimiter.map(Self.isUsableDelimiter) ?? true, "CSVReader: unusable delimiter \(delimiter ?? 0)")
    self.input = input
    self.name = name
    self.limits = limits
    scanner = CSVScanner(limits: limits, chunkSize: input.chunkSize)
    do throws(CSVProblem) {
      do {
        try input.lookForByteOrderMark()
      } catch {
        throw .readFailed(line: 1, reason: error.reason)
      }
      if let kind = input.foreignKind { throw .notCSV(kind) }
      try scanner.prepare(from: input, delimiter: delimiter)
    } catch {
      failure = .unreadable(error.diagnostic(in: name))
    }
  }

  deinit {
    scanner.release()
  }

  /// Whether `byte` can separate fields: any ASCII character but a quote, a line end or NUL.
  public static func isUsableDelimiter(_ byte: UInt8) -> Bool {
    byte != 0 && byte < 0x80 && byte != CSVScanner.quote && byte != CSVScanner.carriageReturn
      && byte != CSVScanner.lineFeed
  }

  /// The byte between fields: the one given, or the one found in the header line.
  public var delimiter: UInt8 { scanner.delimiter }

  /// How many bytes of the file have been read so far (0 for bytes given in memory).
  public var bytesRead: Int { input.fileBytesRead }

  /// The encoding the file is read in: from its byte-order mark, and ``CSVEncoding/windows1252``
  /// once a field that is not UTF-8 has been read.
  public var encoding: CSVEncoding { isWindows1252 ? .windows1252 : input.encoding }

  /// The next row, or nil at the end of the file; the first row is the header.
  public func next() throws(InputError) -> Row? {
    guard try advance() else { return nil }
    return Row(line: scanner.recordLine, fields: currentRow.fields, isDamaged: isRowDamaged)
  }

  /// Calls `body` with each remaining row in turn, the header first if it has not been read:
  /// the fast way to load a file, since fields are lent in place rather than copied into strings.
  ///
  /// Rethrows what `body` throws; throws ``InputError`` when the file cannot be read on.
  public func forEachRow(_ body: (CSVRowView) throws -> Void) throws {
    while try advance() { try body(currentRow) }
  }

  private var currentRow: CSVRowView {
    CSVRowView(
      line: scanner.recordLine, count: scanner.fieldCount, isDamaged: isRowDamaged,
      base: scanner.base, bounds: scanner.bounds)
  }

  /// Scans the next record and checks it; false at the end of the file.
  private func advance() throws(InputError) -> Bool {
    if let failure { throw failure }
    do {
      guard try scanner.scanRecord(from: input) else { return false }
    } catch {
      let failure = InputError.unreadable(error.diagnostic(in: name))
      self.failure = failure
      throw failure
    }
    scanner.unescapeFields()
    var found: [CSVProblem] = []
    for quote in scanner.literalQuotes {
      found.append(.unterminatedQuote(line: quote.line, column: quote.column, limit: quote.limit))
    }
    found += scanner.problems
    isRowDamaged = !found.isEmpty
    if let field = scanner.decodeFields(), !isWindows1252 {
      isWindows1252 = true
      found.append(.windows1252(line: scanner.line(ofField: field), column: field + 1))
    }
    let count = scanner.fieldCount
    if let header {
      if count > header.count {
        isRowDamaged = true
        found.append(
          .moreFields(
            line: scanner.line(ofField: header.count), column: header.count + 1, count: count, width: header.count,
            delimiter: scanner.delimiter))
      } else if count < header.count {
        found.append(
          .fewerFields(
            line: scanner.recordLine, column: count + 1, count: count, width: header.count,
            firstMissing: header[count]))
      }
    } else {
      header = currentRow.fields
    }
    if !found.isEmpty { report(found) }
    return true
  }

  /// Adds the problems of one row to ``diagnostics``, in column order, up to the limit.
  private func report(_ problems: [CSVProblem]) {
    for problem in problems.sorted(by: { $0.column < $1.column }) {
      if diagnostics.count < limits.maxDiagnostics {
        diagnostics.append(problem.diagnostic(in: name))
      } else if !hasTooManyProblems {
        hasTooManyProblems = true
        diagnostics.append(
          CSVProblem.tooManyProblems(line: scanner.recordLine, limit: limits.maxDiagnostics).diagnostic(in: name))
      }
    }
  }
}
