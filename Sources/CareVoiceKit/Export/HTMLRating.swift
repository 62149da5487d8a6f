/// A rating badge with the sentence that explains it.
public struct HTMLRating: Sendable, Hashable {
  public var badge: InlineSVG
  /// The rating in a few bold words.
  public var headline: String
  /// What the rating rests on: the figure, the target, the base.
  public var detail: String

  public init(badge: InlineSVG, headline: String, detail: String) {
    self.badge = badge
    self.headline = headline
    self.detail = detail
  }
}
