/// Redacted comments shown as quotations.
public struct HTMLQuotes: Sendable, Hashable {
  /// One quotation and who said it, in words that identify nobody ("Young person, 13–15"); empty for none.
  public struct Quote: Sendable, Hashable {
    public var text: String
    public var attribution: String

    public init(_ text: String, attribution: String = "") {
      self.text = text
      self.attribution = attribution
    }
  }

  /// An `<h3>` over the quotations; empty for none.
  public var heading: String
  public var quotes: [Quote]

  public init(heading: String = "", quotes: [Quote]) {
    self.heading = heading
    self.quotes = quotes
  }
}
