/// One section of a report, under its own heading; the HTML page lists sections in its contents.
public struct ReportSection: Sendable, Hashable {
  /// A stable id: the page anchor and the CSV's `section`.
  public var id: String
  /// The heading.
  public var heading: String
  /// Paragraphs under the heading, before the blocks.
  public var intro: [String]
  /// What the section holds, in order.
  public var blocks: [ReportBlock]

  public init(id: String, heading: String, intro: [String] = [], blocks: [ReportBlock]) {
    self.id = id
    self.heading = heading
    self.intro = intro
    self.blocks = blocks
  }
}
