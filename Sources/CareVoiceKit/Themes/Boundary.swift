/// What stands between a word and the one before it, from weakest to strongest.
public enum Boundary: UInt8, Sendable, Hashable, Comparable {
  /// Spaces, a hyphen or a dash, or nothing (the first word).
  case space
  /// A comma, colon, bracket, quotation mark, ellipsis or other mark inside a sentence.
  case pause
  /// A full stop, `?`, `!`, `;` or a line break: phrases never match across it.
  case sentence

  public static func < (lhs: Boundary, rhs: Boundary) -> Bool { lhs.rawValue < rhs.rawValue }
}
