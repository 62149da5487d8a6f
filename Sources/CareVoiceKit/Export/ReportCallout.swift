/// A boxed note: information, something to act on, or good news.
public struct ReportCallout: Sendable, Hashable {
  /// What kind of note a callout is.
  public enum Tone: String, Sendable, Hashable, CaseIterable {
    case information, important, positive
  }

  /// What kind of note it is.
  public var tone: Tone
  /// A bold first line; empty for none.
  public var title: String
  /// The note's paragraphs.
  public var paragraphs: [String]

  public init(tone: Tone = .information, title: String = "", paragraphs: [String]) {
    self.tone = tone
    self.title = title
    self.paragraphs = paragraphs
  }
}
