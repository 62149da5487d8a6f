import Foundation

/// The formats `carevoice report --formats` writes, each by its own renderer of the one report model.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable, Comparable {
  /// One self-contained page: inline style sheet and SVG charts, no script, prints on A4.
  case html
  /// For pasting into a board paper.
  case md
  /// Tidy long form, one figure per row, with a UTF-8 byte order mark.
  case csv
  /// The machine record.
  case json
  /// A workbook: a sheet per kind of table, frozen headers, percentages as percent-formatted numbers.
  case xlsx

  /// The file name extension.
  public var fileExtension: String { rawValue }

  /// The formats named in a comma-separated list (`html,md`), or nil naming the first word that is not one.
  public static func parse(_ list: String) -> Result<[ReportFormat], ReportFormatError> {
    var formats: [ReportFormat] = []
    for word in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
      guard let format = ReportFormat(rawValue: word == "markdown" ? "md" : word) else {
        return .failure(ReportFormatError(word: word))
      }
      if !formats.contains(format) { formats.append(format) }
    }
    return formats.isEmpty ? .failure(ReportFormatError(word: list)) : .success(formats.sorted())
  }

  /// Formats sort in the order they are declared.
  public static func < (lhs: ReportFormat, rhs: ReportFormat) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}
