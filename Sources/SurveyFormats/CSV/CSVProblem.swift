/// Something wrong or worth knowing in a CSV file, found by ``CSVReader``, with its position.
///
/// Lines count from 1 in the original file; the column is the field number.
/// ``diagnostic(in:)`` renders each one as advice for the officer who exported the file, for example:
///
///     q1.csv:14:11: error: this row has 11 fields but the header row has 10, so its answers cannot be
///     matched to the questions; usually a comment holds a comma without double quotes round it — put
///     that comment in double quotes (or export the file again) and load it again
enum CSVProblem: Error, Sendable, Hashable {
  /// A row with more fields than the header; the column is the first extra field.
  case moreFields(line: Int, column: Int, count: Int, width: Int, delimiter: UInt8)
  /// A row with fewer fields than the header; the column is the first missing field.
  case fewerFields(line: Int, column: Int, count: Int, width: Int, firstMissing: String)
  /// A quote that opens a field and is not closed before the end of the file, or within the field limit.
  case unterminatedQuote(line: Int, column: Int, limit: Int?)
  /// A NUL byte, which no text export holds.
  case nulByte(line: Int, column: Int)
  /// Text between a closing quote and the next delimiter or line end; `quoteLine` is where the field opened.
  case textAfterQuote(line: Int, column: Int, quoteLine: Int)
  /// The first field that is not UTF-8, from which the file is read as Windows-1252.
  case windows1252(line: Int, column: Int)
  /// A field longer than the limit.
  case fieldTooLong(line: Int, column: Int, limit: Int)
  /// A row with more fields than the limit.
  case tooManyFields(line: Int, limit: Int)
  /// A row longer than the limit.
  case rowTooLong(line: Int, limit: Int)
  /// A read that failed after `line`.
  case readFailed(line: Int, reason: String)
  /// The diagnostics limit was reached at `line`; the problems after it are not listed.
  case tooManyProblems(line: Int, limit: Int)
  /// The file starts with the signature of a kind of file that is never CSV (a PDF, a workbook).
  case notCSV(CSVInput.ForeignKind)

  /// The field number the problem is at, or 0 when it concerns the whole row.
  var column: Int {
    switch self {
    case .moreFields(_, let column, _, _, _), .fewerFields(_, let column, _, _, _),
      .unterminatedQuote(_, let column, _), .nulByte(_, let column), .textAfterQuote(_, let column, _),
      .windows1252(_, let column), .fieldTooLong(_, let column, _):
      return column
    case .tooManyFields, .rowTooLong, .readFailed, .tooManyProblems, .notCSV:
      return 0
    }
  }

  /// The diagnostic an officer sees for this problem in `file`.
  func diagnostic(in file: String) -> Diagnostic {
    switch self {
    case .moreFields(let line, let column, let count, let width, let delimiter):
      return .error(
        at: SourceLocation(file: file, line: line, column: column),
        "this row has \(Self.fields(count)) but the header row has \(width), so its answers cannot be matched to the "
          + "questions; usually a comment holds \(Self.name(of: delimiter)) without double quotes round it — put "
          + "that comment in double quotes (or export the file again) and load it again")
    case .fewerFields(let line, let column, let count, let width, let firstMissing):
      let missing =
        width - count == 1
        ? "its last column (\"\(firstMissing)\") is"
        : "its last \(width - count) columns (from \"\(firstMissing)\") are"
      return .warning(
        at: SourceLocation(file: file, line: line, column: column),
        "this row has \(Self.fields(count)) but the header row has \(width); \(missing) treated as not shown — "
          + "if that is wrong, check this row in the original export")
    case .unterminatedQuote(let line, let column, let limit):
      let extent = limit.map { "within \(Self.size($0))" } ?? "before the end of the file"
      return .error(
        at: SourceLocation(file: file, line: line, column: column),
        "this field opens with a double quote (\") that is not closed \(extent), so this row was read only "
          + "to the end of its line — add the missing closing \" (or remove the opening one) and save the file again")
    case .nulByte(let line, let column):
      return .error(
        at: SourceLocation(file: file, line: line, column: column),
        "this field holds a NUL (zero) byte, which a CSV export never contains; the file may be damaged or not "
          + "a CSV file at all (for example a spreadsheet saved under a .csv name) — export it again as CSV")
    case .textAfterQuote(let line, let column, let quoteLine):
      let opened =
        quoteLine == line ? "" : " (the quote that opens it is on line \(quoteLine); it may lack its closing \")"
      return .error(
        at: SourceLocation(file: file, line: line, column: column),
        "this field has text after its closing double quote\(opened); a \" inside a quoted answer must be "
          + "written twice (\"\") — correct the quotes in this field, or export the file again")
    case .windows1252(let line, let column):
      return .warning(
        at: SourceLocation(file: file, line: line, column: column),
        "this file is not UTF-8; read it as Windows-1252, as Excel saves it — check accented letters and "
          + "curly quotes look right")
    case .fieldTooLong(let line, let column, let limit):
      return .error(
        at: SourceLocation(file: file, line: line, column: column),
        "this field is longer than \(Self.size(limit)), far more than any survey answer; the file is damaged or "
          + "not a CSV export — check that it is the right file and export it again, or if the field is meant "
          + "to be that long, raise the limit with --max-field-bytes")
    case .tooManyFields(let line, let limit):
      return .error(
        at: SourceLocation(file: file, line: line),
        "this row has more than \(limit) fields, far more than any survey; the file is damaged or not a CSV "
          + "export — check that it is the right file and export it again")
    case .rowTooLong(let line, let limit):
      return .error(
        at: SourceLocation(file: file, line: line),
        "this row is longer than \(Self.size(limit)), far more than any survey response; the file is damaged "
          + "or not a CSV export — check that it is the right file and export it again")
    case .readFailed(let line, let reason):
      return .error(
        at: SourceLocation(file: file, line: line),
        "the file could not be read past this line (\(reason)); copy it to this computer again and retry")
    case .tooManyProblems(let line, let limit):
      return .error(
        at: SourceLocation(file: file, line: line),
        "more than \(limit) problems were found, so the rest are not listed — check that this is the right "
          + "file, correct these and check it again")
    case .notCSV(let kind):
      return .error(at: SourceLocation(file: file, line: 1), Self.advice(for: kind))
    }
  }

  /// What a file of this kind is, and how to get a CSV export from it.
  static func advice(for kind: CSVInput.ForeignKind) -> String {
    switch kind {
    case .pdf:
      return "this is a PDF document, not a CSV export; export the responses from the survey tool as CSV "
        + "(or as an Excel workbook) and load that file"
    case .zip:
      return "this is a zip package, such as an Excel workbook (.xlsx), not a CSV file; if it is a workbook, "
        + "give it a name ending in .xlsx, or save it from Excel as \"CSV UTF-8\""
    case .oldOffice:
      return "this is an Office file, such as an old Excel 97-2003 workbook (.xls), not a CSV file; open it in "
        + "Excel and save it as \"CSV UTF-8\" or as .xlsx"
    case .gzip:
      return "this is a compressed (gzip) file, not a CSV file; unpack it first and load the CSV file inside"
    case .binary:
      return "this file is not text: its first bytes hold many control characters, as a program's own file or "
        + "a damaged one does, so it is not a CSV export — check that it is the file you meant, or export the "
        + "responses again as CSV"
    }
  }

  /// "1 field", "2 fields".
  static func fields(_ count: Int) -> String { count == 1 ? "1 field" : "\(count) fields" }

  /// How an officer would name a delimiter: "a comma", "a semicolon", "a tab".
  static func name(of delimiter: UInt8) -> String {
    switch delimiter {
    case UInt8(ascii: ","): return "a comma"
    case UInt8(ascii: ";"): return "a semicolon"
    case UInt8(ascii: "\t"): return "a tab"
    case UInt8(ascii: "|"): return "a bar (|)"
    default: return "a \(Character(Unicode.Scalar(delimiter)))"
    }
  }

  /// A byte count in the units people use: "1 MB", "16 MB", or bytes when smaller.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
    return "\(bytes) bytes"
  }
}
