/// A boxed note that stands out from the text.
public struct HTMLCallout: Sendable, Hashable {
  /// What kind of note: information, something to act on, or good news.
  public enum Tone: String, Sendable, Hashable, CaseIterable {
    case information, important, positive
  }

  public var tone: Tone
  /// A bold first line; empty for none.
  public var title: String
  public var paragraphs: [String]

  public init(tone: Tone = .information, title: String = "", paragraphs: [String]) {
    self.tone = tone
    self.title = title
    self.paragraphs = paragraphs
  }
}
