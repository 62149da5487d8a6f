import SurveyFormats

/// The role of every column of a table export, worked out once from its headings.
struct ColumnPlan: Sendable {
  var roles: [ColumnRole?]
  /// The heading shown for each column in diagnostics.
  var headings: [String]
  var diagnostics: [Diagnostic] = []

  /// Matches each column to the instrument, by DESIGN.md §4's rules and the layout's own columns.
  ///
  /// Warns once for every column that matches nothing (naming the closest question), and reports
  /// as errors two columns answering one question, a heading that fits several questions, and a
  /// file in which no column answers any question.
  /// Advice for a header read as one column that holds a likely separator: the file's columns may be split by it.
  static func delimiterHint(_ headings: [String]) -> String {
    guard headings.count == 1, let separator = headings[0].first(where: { "|:^~#/".contains($0) }) else { return "" }
    return "; the header row reads as one column, so if the columns are separated by \"\(separator)\", "
      + "say so with --delimiter '\(separator)'"
  }

  init(headers: [[String]], layout: TableLayout, vocabulary: InstrumentVocabulary, file: String, line: Int) {
    let width = headers.map(\.count).max() ?? 0
    roles = Array(repeating: nil, count: width)
    headings = (0..<width).map { layout.columnNames(headers, $0).first(where: { !$0.isEmpty }) ?? "column \($0 + 1)" }
    var unknown: [Int] = []
    for column in 0..<width {
      switch ColumnPlan.resolve(column, headers: headers, layout: layout, vocabulary: vocabulary) {
      case .role(let role): roles[column] = role
      case .ambiguous(let targets):
        let names = targets.map(vocabulary.describe).joined(separator: " and ")
        diagnostics.append(
          .error(
            at: SourceLocation(file: file, line: line, column: column + 1),
            "the heading \"\(headings[column])\" fits \(names) equally well; rename the column, or give one "
              + "of them an alias that matches it exactly"))
      case .unknown: unknown.append(column)
      }
    }
    settleDuplicates(layout: layout, vocabulary: vocabulary, file: file, line: line)
    let answersSomething = roles.contains { role in
      if case .answer = role { return true }
      if case .tick = role { return true }
      return false
    }
    if !answersSomething, !diagnostics.contains(where: \.isError) {
      diagnostics.append(
        .error(
          at: SourceLocation(file: file, line: line),
          "no column of this file answers a question of \(vocabulary.instrument.id); check that "
            + "--instrument names the survey this export came from" + Self.delimiterHint(headings)))
      return
    }
    if !answersSomething { return }
    for column in unknown {
      let closest = Names.closest(to: headings[column], among: vocabulary.questionNames)
      let hint =
        closest.map {
          "; the closest question is \"\($0)\" — if it is the same question, add the heading to its aliases"
        } ?? ""
      diagnostics.append(
        .warning(
          at: SourceLocation(file: file, line: line, column: column + 1),
          "the column \"\(headings[column])\" matches no question of \(vocabulary.instrument.id) and is left out\(hint)"
        ))
    }
  }

  /// What a column's names come to.
  enum Resolution {
    case role(ColumnRole)
    case ambiguous([FieldTarget])
    case unknown
  }

  /// The role of one column: the instrument's names first, then the layout's own columns and tick columns.
  static func resolve(
    _ column: Int, headers: [[String]], layout: TableLayout, vocabulary: InstrumentVocabulary
  ) -> Resolution {
    let names = layout.columnNames(headers, column).filter { !$0.isEmpty }
    var ambiguity: [FieldTarget] = []
    for name in names {
      switch vocabulary.fields.match(name) {
      case .exact(let target), .folded(let target): return .role(target.role)
      case .ambiguous(let targets): ambiguity = ambiguity.isEmpty ? targets : ambiguity
      case .none: break
      }
    }
    let normalized = names.map(Names.normalized)
    if normalized.contains(where: layout.idColumns.contains) { return .role(.toolResponseID) }
    if normalized.contains(where: layout.dateColumns.contains) { return .role(.toolSubmitted) }
    if let tick = layout.tickColumn(headers, column),
      case .question(let question)? = vocabulary.fields.match(tick.question).target,
      vocabulary.instrument.questions[question].type == .multiple,
      let options = vocabulary.options[question]
    {
      for name in tick.option {
        if let option = options.match(name).target { return .role(.tick(question: question, option: option)) }
      }
    }
    if !ambiguity.isEmpty { return .ambiguous(ambiguity) }
    if normalized.contains(where: { name in
      layout.systemColumns.contains(name) || layout.systemPrefixes.contains { name.hasPrefix($0) }
        || layout.systemSuffixes.contains { name.hasSuffix($0) }
    }) {
      return .role(.ignored)
    }
    return .unknown
  }

  /// Two columns answering one question is an error, except where the layout says which to keep.
  private mutating func settleDuplicates(layout: TableLayout, vocabulary: InstrumentVocabulary, file: String, line: Int)
  {
    var ticked = Set<Int>()
    for case .tick(let question, _)? in roles { ticked.insert(question) }
    keepPreferredToolColumn(.toolResponseID, preference: layout.idColumns, layout: layout)
    keepPreferredToolColumn(.toolSubmitted, preference: layout.dateColumns, layout: layout)
    var firstColumn: [ColumnRole: Int] = [:]
    for (column, role) in roles.enumerated() {
      guard let role else { continue }
      if case .answer(let question) = role, ticked.contains(question) {
        if layout.preferTicksOverJoined {
          roles[column] = .ignored
          continue
        }
        diagnostics.append(twoColumns(column, other: nil, role: role, vocabulary: vocabulary, file: file, line: line))
        continue
      }
      guard role != .ignored else { continue }
      if let other = firstColumn[role] {
        diagnostics.append(twoColumns(column, other: other, role: role, vocabulary: vocabulary, file: file, line: line))
      } else {
        firstColumn[role] = column
      }
    }
  }

  /// Of the tool's own id (or date) columns, keeps the one the layout prefers and leaves the rest aside.
  private mutating func keepPreferredToolColumn(_ role: ColumnRole, preference: [String], layout: TableLayout) {
    let columns = roles.indices.filter { roles[$0] == role }
    guard columns.count > 1 else { return }
    func rank(_ column: Int) -> Int {
      let name = Names.normalized(headings[column])
      return preference.firstIndex(of: name) ?? preference.count
    }
    let kept = columns.min { rank($0) < rank($1) }
    for column in columns where column != kept { roles[column] = .ignored }
  }

  private func twoColumns(
    _ column: Int, other: Int?, role: ColumnRole, vocabulary: InstrumentVocabulary, file: String, line: Int
  ) -> Diagnostic {
    let what: String
    switch role {
    case .answer(let question), .tick(let question, _): what = vocabulary.instrument.questions[question].id
    case .attribute(let index): what = vocabulary.instrument.respondent.attributes[index].id
    default: what = "the same field"
    }
    let first = other.map { "\"\(headings[$0])\"" } ?? "the option columns"
    return .error(
      at: SourceLocation(file: file, line: line, column: column + 1),
      "the columns \(first) and \"\(headings[column])\" both answer \(what); remove one of them from the "
        + "export, or make the heading of one match another question")
  }
}
