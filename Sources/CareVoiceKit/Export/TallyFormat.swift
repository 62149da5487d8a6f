/// The formats `carevoice tally --format` writes.
public enum TallyFormat: String, Sendable, Hashable, CaseIterable {
  case table, csv, json, md
}

extension InstrumentTally {
  /// The tally written in `format`, ending with a line break.
  public func rendered(as format: TallyFormat) -> String {
    switch format {
    case .table: return tableText
    case .csv: return csvText()
    case .json: return jsonText
    case .md: return markdownText
    }
  }
}
