/// How large a CSV row may grow before the reader refuses the file.
///
/// The limits keep a damaged or binary file from filling the computer's memory:
/// a field, a row or a field count beyond them throws ``InputError/unreadable(_:)``
/// naming the line, because no survey export looks like that.
public struct CSVLimits: Sendable, Hashable {
  /// The most bytes one field may hold (default 1 MiB).
  public var maxFieldBytes: Int
  /// The most fields one row may hold (default 10,000).
  public var maxFieldsPerRow: Int
  /// The most bytes one row may hold, all its fields together (default 16 MiB).
  public var maxRowBytes: Int
  /// The most diagnostics kept for one file (default 1,000); past it one last error says the rest were left out.
  public var maxDiagnostics: Int

  /// Limits with these values; each is at least 1.
  public init(
    maxFieldBytes: Int = 1 << 20, maxFieldsPerRow: Int = 10_000, maxRowBytes: Int = 16 << 20,
    maxDiagnostics: Int = 1_000
  ) {
    self.maxFieldBytes = max(1, maxFieldBytes)
    self.maxFieldsPerRow = max(1, maxFieldsPerRow)
    self.maxRowBytes = max(1, maxRowBytes)
    self.maxDiagnostics = max(1, maxDiagnostics)
  }

  /// The defaults: generous for any survey export, small enough to stop a runaway file.
  public static let standard = CSVLimits()
}
