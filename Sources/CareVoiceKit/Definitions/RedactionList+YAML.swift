import SurveyFormats

extension RedactionList {
  /// Reads `redaction.yaml`: optional lists of `names`, `schools` and `places`.
  static func read(yaml: String, file: String) -> (RedactionList?, [Diagnostic]) {
    let reader = DefinitionReader(file: file)
    guard let root = reader.root(of: yaml, emptyAdvice: "list 'names:', 'schools:' or 'places:', or delete it"),
      let fields = Fields(root, what: "the redaction list", keys: ["names", "schools", "places"], reader: reader)
    else { return (nil, reader.sortedDiagnostics) }
    let list = RedactionList(
      names: fields.texts("names"), schools: fields.texts("schools"), places: fields.texts("places"))
    return (list, reader.sortedDiagnostics)
  }
}
