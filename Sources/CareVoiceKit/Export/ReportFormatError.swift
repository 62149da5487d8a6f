/// A word in `--formats` that names no format.
///
///     error: "pdf" is not a report format; use any of html, md, csv, json, xlsx, separated by commas
public struct ReportFormatError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The word that names no format.
  public var word: String

  public init(word: String) {
    self.word = word
  }

  /// The message, as printed after `--formats:`.
  public var description: String {
    "\"\(word)\" is not a report format; use any of "
      + ReportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", separated by commas"
  }
}
