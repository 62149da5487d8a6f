/// A report file that cannot be written.
///
///     reports/board/our-pledge.html: error: cannot write the report: Permission denied; choose a folder you can
///     write to with --out
public struct ReportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file or folder.
  public var path: String
  /// Why, in the system's words.
  public var reason: String

  /// The message, as printed on standard error.
  public var description: String {
    "\(path): error: cannot write the report: \(reason); choose a folder you can write to with --out"
  }
}
