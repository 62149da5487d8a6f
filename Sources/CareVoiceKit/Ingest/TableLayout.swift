/// How one survey tool lays out a table export: its header rows, its own columns, and how it writes answers.
///
/// The layouts of the real tools are in `TableLayout+Dialects.swift`; ``ColumnPlan`` applies one
/// to a file's headings.
struct TableLayout: Sendable {
  /// How a tool marks one option of a `multiple` question in a column of its own.
  enum Ticks: Sendable, Hashable {
    /// `1`/`0`, `Y`/`N`, `Yes`/`No`, `true`/`false`, `x`: a flag.
    case flag
    /// The option's label when ticked, empty when not (SurveyMonkey).
    case label
  }

  var dialect: Dialect
  /// Rows of headings before the first response.
  var headerRows = 1
  var multiple: MultipleValues = .separated(by: ";")
  var dates = SubmissionDate()
  var ticks = Ticks.flag
  /// Whether an empty tick column means the question was not shown (Kobo), rather than nothing ticked.
  var blankTickIsNotShown = false
  var notShownMarkers: Set<String> = []
  var skippedMarkers: Set<String> = []
  /// The tool's own response id column, by normalized heading.
  var idColumns: [String] = []
  /// The tool's own submission date column, by normalized heading, in order of preference.
  var dateColumns: [String] = []
  /// Columns the tool writes that carry nothing to keep, by normalized heading.
  var systemColumns: Set<String> = []
  /// Normalized heading prefixes of columns to ignore (`points - ` on a Microsoft Forms quiz).
  var systemPrefixes: [String] = []
  /// Normalized heading endings of columns to ignore: the free text of an "Other" option (`Q2[other]`, `Q2_5_TEXT`).
  var systemSuffixes: [String] = []
  /// When a `multiple` question has both a joined column and tick columns (Kobo), the joined one is left aside.
  var preferTicksOverJoined = false
  /// The names a column may go by, most telling first.
  var columnNames: @Sendable (_ headers: [[String]], _ column: Int) -> [String] = { headers, column in
    [headers[0][safe: column] ?? ""]
  }
  /// A tick column's question name and the names its option may go by.
  var tickColumn: @Sendable (_ headers: [[String]], _ column: Int) -> (question: String, option: [String])? = {
    headers, column in TableLayout.bracketOrSlashTick(headers[0][safe: column] ?? "")
  }

  /// Reads `question[option]` or `question/option`.
  static func bracketOrSlashTick(_ heading: String) -> (question: String, option: [String])? {
    if heading.hasSuffix("]"), let open = heading.lastIndex(of: "[") {
      let question = String(heading[..<open])
      let option = String(heading[heading.index(after: open)..<heading.index(before: heading.endIndex)])
      return question.isEmpty || option.isEmpty ? nil : (question, [option])
    }
    let parts = heading.split(separator: "/")
    guard parts.count >= 2 else { return nil }
    return (String(parts[parts.count - 2]), [String(parts[parts.count - 1])])
  }

  /// What a tick cell says about its option.
  func tick(_ cell: String) -> Tick {
    let text = cell.trimmed
    if notShownMarkers.contains(text) { return .notShown }
    if text.isEmpty { return blankTickIsNotShown ? .notShown : .unticked }
    if ticks == .label { return .ticked }
    switch text.lowercased() {
    case "1", "y", "yes", "true", "x", "✓", "ticked": return .ticked
    case "0", "n", "no", "false", "-99": return .unticked
    case "n/a": return .notShown
    default: return .unreadable
    }
  }
}

/// What one tick column says about its option.
enum Tick: Hashable, Sendable {
  case ticked, unticked, notShown, unreadable
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
