/// An input that cannot be read at all: missing, unreadable, or not the kind of file it claims to be.
///
/// Unlike a ``Diagnostic`` about the content, this stops the reading of that file;
/// the command line maps ``cannotOpen(path:reason:)`` to exit code 66.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// The file opened but its content cannot be read as the format asked for.
  case unreadable(Diagnostic)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(path): error: cannot open this file (\(reason)); check the name and that you may read it"
    case .unreadable(let diagnostic):
      return diagnostic.description
    }
  }
}
