/// One section of a report, with its `<h2>` heading; it appears in the page's contents list.
public struct HTMLSection: Sendable, Hashable {
  /// The anchor of the section (made safe and unique when the page is rendered).
  public var id: String
  public var heading: String
  /// Paragraphs under the heading, before the blocks.
  public var intro: [String]
  public var blocks: [HTMLBlock]

  public init(id: String, heading: String, intro: [String] = [], blocks: [HTMLBlock]) {
    self.id = id
    self.heading = heading
    self.intro = intro
    self.blocks = blocks
  }
}
