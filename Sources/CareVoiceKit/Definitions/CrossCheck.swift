import SurveyFormats

/// The checks that need more than one file: ids unique across files, and every reference resolved.
///
/// A reference into a file that has errors of its own is checked no deeper than its id,
/// so that one mistake is not reported again in every file that mentions it.
struct CrossCheck {
  /// The instrument files kept: the first of each id.
  private(set) var instruments: [InstrumentSource] = []
  private(set) var codebooks: [CodebookSource] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var instrumentsByID: [String: InstrumentSource] = [:]
  private var codebooksByID: [String: CodebookSource] = [:]

  init(instruments: [InstrumentSource], codebooks: [CodebookSource]) {
    var instrumentIDs = IDRegister(noun: "instrument")
    for source in instruments {
      diagnostics += source.diagnostics
      let id = source.id ?? Self.stem(of: source.file)
      if source.id != nil {
        guard instrumentIDs.claim(id, at: source.idLocation, report: { diagnostics.append($0) }) else { continue }
        warnIfNamedOtherwise(source.file, id: id, line: source.idLine, noun: "instrument")
      }
      self.instruments.append(source)
      if instrumentsByID[id] == nil { instrumentsByID[id] = source }
    }
    var codebookIDs = IDRegister(noun: "codebook")
    for source in codebooks {
      diagnostics += source.diagnostics
      let id = source.id ?? Self.stem(of: source.file)
      if source.id != nil {
        guard codebookIDs.claim(id, at: source.idLocation, report: { diagnostics.append($0) }) else { continue }
        warnIfNamedOtherwise(source.file, id: id, line: source.idLine, noun: "codebook")
      }
      self.codebooks.append(source)
      if codebooksByID[id] == nil { codebooksByID[id] = source }
    }
  }

  /// Checks every instrument's codebooks and every pledge's indicators and theme links.
  ///
  /// An indicator's `positive` values, matched to options like answers are, are rewritten
  /// to the options' own values.
  mutating func run(pledges: inout [PledgeSource]) {
    for source in instruments { checkCodebooks(of: source) }
    var pledgeIDs = IDRegister(noun: "pledge")
    var kept: [PledgeSource] = []
    for var source in pledges {
      diagnostics += source.diagnostics
      if let id = source.id {
        guard pledgeIDs.claim(id, at: source.idLocation, report: { diagnostics.append($0) }) else { continue }
        warnIfNamedOtherwise(source.file, id: id, line: source.idLine, noun: "pledge")
      }
      check(&source)
      kept.append(source)
    }
    pledges = kept
  }

  private mutating func checkCodebooks(of source: InstrumentSource) {
    guard let instrument = source.instrument else { return }
    for (position, line) in source.codebookLines.sorted(by: { $0.key < $1.key }) {
      guard let codebook = instrument.questions[position].codebook, codebooksByID[codebook] == nil else { continue }
      let ids = codebooks.compactMap(\.id)
      let hint =
        Names.closest(to: codebook, among: ids).map { "did you mean '\($0)'?" }
        ?? (ids.isEmpty
          ? "this workspace has no codebooks; add codebooks/\(codebook).yaml or remove 'codebook:'"
          : "the codebooks are \(ids.joined(separator: ", "))")
      error(source.file, line, "unknown codebook '\(codebook)' — \(hint)")
    }
  }

  private mutating func check(_ source: inout PledgeSource) {
    guard var pledge = source.pledge else { return }
    for c in pledge.commitments.indices {
      for i in pledge.commitments[c].indicators.indices {
        check(&pledge.commitments[c].indicators[i], lines: source.indicatorLines[c][i], file: source.file)
      }
      for (link, lines) in zip(pledge.commitments[c].themes, source.themeLinkLines[c]) {
        check(link, lines: lines, file: source.file)
      }
    }
    source.pledge = pledge
  }

  private mutating func check(_ indicator: inout Indicator, lines: IndicatorLines, file: String) {
    guard
      let question = question(
        indicator.question, of: indicator.instrument, file: file, lines: (lines.instrument, lines.question))
    else { return }
    let what = "question '\(question.id)' of instrument '\(indicator.instrument)'"
    guard question.hasOptions else {
      return error(
        file, lines.question,
        "\(what) is a '\(question.type.rawValue)' question; an indicator needs a question answered by choosing options")
    }
    guard let positive = indicator.positive else {
      if question.positiveOptions.isEmpty {
        error(
          file, lines.question,
          "no option of \(what) is marked positive; add 'positive: [...]' to this indicator with the answers that count"
        )
      }
      return
    }
    let options = question.options
    let index = NameIndex(options.indices.flatMap { position in options[position].names.map { ($0, position) } })
    var values: [String] = []
    for (name, line) in zip(positive, lines.positive) {
      guard let position = index.match(name).target else {
        error(file, line, Question.notAnOption(name, of: what, options: options))
        continue
      }
      if !values.contains(options[position].value) { values.append(options[position].value) }
    }
    indicator.positive = values
  }

  private mutating func check(_ link: ThemeLink, lines: ThemeLinkLines, file: String) {
    guard
      let question = question(link.question, of: link.instrument, file: file, lines: (lines.instrument, lines.question))
    else { return }
    let what = "question '\(question.id)' of instrument '\(link.instrument)'"
    guard question.type == .text else {
      return error(
        file, lines.question,
        "\(what) is a '\(question.type.rawValue)' question; a theme link needs a 'text' question with a codebook")
    }
    guard let codebookID = question.codebook else {
      return error(file, lines.question, "\(what) has no 'codebook', so it has no themes; add one to the question")
    }
    guard let source = codebooksByID[codebookID], source.isComplete, let codebook = source.codebook,
      codebook.theme(link.theme) == nil
    else { return }
    let ids = codebook.themes.map(\.id)
    let hint =
      Names.closest(to: link.theme, among: ids).map { "did you mean '\($0)'?" }
      ?? "its themes are \(ids.joined(separator: ", "))"
    error(file, lines.theme, "codebook '\(codebookID)' has no theme '\(link.theme)' — \(hint)")
  }

  /// The question an indicator or theme link names, after reporting an unknown instrument or question.
  private mutating func question(_ id: String, of instrumentID: String, file: String, lines: (Int, Int)) -> Question? {
    guard let source = instrumentsByID[instrumentID] else {
      let ids = instruments.compactMap(\.id)
      let hint =
        Names.closest(to: instrumentID, among: ids).map { "did you mean '\($0)'?" }
        ?? (ids.isEmpty ? "this workspace has no instruments" : "the instruments are \(ids.joined(separator: ", "))")
      error(file, lines.0, "unknown instrument '\(instrumentID)' — \(hint)")
      return nil
    }
    guard source.isComplete, let instrument = source.instrument else { return nil }
    guard let question = instrument.question(id) else {
      let ids = instrument.questions.map(\.id)
      let hint = Names.closest(to: id, among: ids).map { " — did you mean '\($0)'?" } ?? ""
      error(file, lines.1, "instrument '\(instrumentID)' has no question '\(id)'\(hint)")
      return nil
    }
    return question
  }

  private mutating func warnIfNamedOtherwise(_ file: String, id: String, line: Int, noun: String) {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard Self.stem(of: file) != id else { return }
    diagnostics.append(
      .warning(
        at: SourceLocation(file: file, line: line),
        "the file is named '\(name)' but the \(noun)'s id is '\(id)'; rename the file '\(id).yaml' so the two agree"))
  }

  private mutating func error(_ file: String, _ line: Int, _ message: String) {
    diagnostics.append(.error(at: SourceLocation(file: file, line: line), message))
  }

  /// A file's name without its folder or its `.yaml`/`.yml` ending.
  static func stem(of path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for ending in [".yaml", ".yml"] where name.hasSuffix(ending) { name.removeLast(ending.count) }
    return name
  }
}

extension InstrumentSource {
  var idLocation: SourceLocation { SourceLocation(file: file, line: idLine) }
}

extension CodebookSource {
  var idLocation: SourceLocation { SourceLocation(file: file, line: idLine) }
}

extension PledgeSource {
  var idLocation: SourceLocation { SourceLocation(file: file, line: idLine) }
}
