/// Some thousands of comments read from the store, their texts end to end in one buffer, handed to a coding thread.
///
/// A batch ends only between responses, so one respondent's comments on a
/// question are never split between two batches (or two threads).
struct CommentBatch: Sendable {
  /// One comment: which question (by position among those coded), period and group numbers, where its text ends.
  struct Entry: Sendable {
    var question: Int32
    var period: Int32
    var group: Int32
    /// Whether it is the first comment of its respondent on its question.
    var startsRespondent: Bool
    var end: Int
  }

  var bytes: [UInt8] = []
  var entries: [Entry] = []

  /// Adds a comment.
  mutating func append(_ text: String, question: Int, period: Int, group: Int, startsRespondent: Bool) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
    entries.append(
      Entry(
        question: Int32(truncatingIfNeeded: question), period: Int32(truncatingIfNeeded: period),
        group: Int32(truncatingIfNeeded: group), startsRespondent: startsRespondent, end: bytes.count))
  }
}
