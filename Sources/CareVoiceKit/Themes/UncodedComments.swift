/// The uncoded comments listed with `--uncoded`: redacted, and alphabetical once ``quotes`` is asked for.
///
/// Every one is kept, repeats included, so the list is the same whatever the
/// order the comments came in or how they were split between threads. Only
/// kept when `--uncoded` asks for the list: it is the one part of a question's
/// coding that grows with the number of comments.
struct UncodedComments: Sendable {
  /// In the order they were added.
  private var added: [String] = []

  /// Adds one uncoded comment, already redacted and made quotable.
  mutating func add(_ quote: String) {
    added.append(quote)
  }

  /// Adds the comments of another part of the same question.
  mutating func merge(_ other: UncodedComments) {
    added += other.added
  }

  /// Every comment added, sorted.
  var quotes: [String] { added.sorted() }
}
