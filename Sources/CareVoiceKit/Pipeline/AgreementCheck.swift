import SurveyFormats

/// `themes --check`: how far a codebook agrees with a person who coded a sample of comments by hand.
public enum AgreementCheck {
  /// The agreement of each codebook named in a sample file.
  ///
  /// The file is a CSV with the columns `comment` and `themes` (theme ids separated by `;`)
  /// and, when it mixes codebooks, `codebook`; rows without one use `defaultCodebook`.
  public static func run(
    sampleAt path: String, workspace: Workspace, defaultCodebook: String?
  ) throws -> [(codebook: Codebook, agreement: CoderAgreement)] {
    let reader = try CSVReader(path: path)
    guard let header = try reader.next()?.fields.map(Names.normalized) else {
      throw InputError.unreadable(.error(at: SourceLocation(file: path, line: 1), "the sample file is empty"))
    }
    guard let commentColumn = header.firstIndex(of: "comment"), let themesColumn = header.firstIndex(of: "themes")
    else {
      throw InputError.unreadable(
        .error(
          at: SourceLocation(file: path, line: 1),
          "the sample needs a 'comment' column and a 'themes' column (theme ids separated by ;)"))
    }
    let codebookColumn = header.firstIndex(of: "codebook")
    var samples: [String: [HandCodedComment]] = [:]
    var order: [String] = []
    while let row = try reader.next() {
      let codebook =
        codebookColumn.flatMap { row.fields[safe: $0] }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultCodebook
      guard let codebook else {
        throw InputError.unreadable(
          .error(
            at: SourceLocation(file: path, line: row.line),
            "this row names no codebook; add a 'codebook' column or give --question so the codebook is known"))
      }
      if samples[codebook] == nil { order.append(codebook) }
      samples[codebook, default: []].append(
        HandCodedComment(
          comment: row.fields[safe: commentColumn] ?? "", themeList: row.fields[safe: themesColumn] ?? ""))
    }
    return try order.map { id in
      guard let codebook = workspace.codebook(id) else {
        let known = workspace.codebooks.map(\.id).joined(separator: ", ")
        throw InputError.unreadable(
          .error(
            at: SourceLocation(file: path, line: 1),
            "the sample names codebook '\(id)', which the workspace does not have; its codebooks are \(known)"))
      }
      return (codebook, CoderAgreement(sample: samples[id] ?? [], matcher: CodebookMatcher(codebook)))
    }
  }
}
