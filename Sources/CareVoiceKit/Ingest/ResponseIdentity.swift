import SurveyFormats

/// Gives every response of a file its id and reports an id used twice.
///
/// A response without an id of its own gets `sha256:` and a digest of its values, so
/// that the same form in two overlapping exports gets the same id and is loaded once;
/// identical forms within one file are told apart by `#2`, `#3`.
struct ResponseIdentity {
  private var firstLine = ByteTable<Int>(capacity: 1024)
  private var digestRepeats = ByteTable<Int>()

  /// The id for a response without one, from its values.
  mutating func digestID(of values: [String]) -> String {
    var digest = SHA256()
    for value in values {
      digest.update(Array(value.utf8))
      digest.update([0x1F])
    }
    let id = "sha256:" + String(SHA256.hex(digest.finalize()).prefix(16))
    let count = (digestRepeats.value(for: id) ?? 0) + 1
    digestRepeats.set(count, for: id)
    return count == 1 ? id : "\(id)#\(count)"
  }

  /// Gets ready to check these ids (``ByteTable/warm(_:)``).
  mutating func warm(_ ids: [String]) {
    firstLine.warm(ids)
  }

  /// An error when the id was already used in this file, naming the line it was first used on.
  mutating func check(_ id: String, file: String, line: Int) -> Diagnostic? {
    if let first = firstLine.insert(line, for: id) {
      return .error(
        at: SourceLocation(file: file, line: line),
        "response id \(id) is used again here; it was first used on line \(first). Each response needs "
          + "its own id — remove the repeated row, or correct its id")
    }
    return nil
  }
}
