/// A rating with the words that explain it.
public struct ReportRating: Sendable, Hashable {
  /// The rating.
  public var rating: Rating
  /// The words on the badge: "Amber: below target", "Getting there".
  public var badge: String
  /// The rating in a few bold words.
  public var headline: String
  /// What it rests on.
  public var detail: String

  public init(rating: Rating, badge: String, headline: String, detail: String) {
    self.rating = rating
    self.badge = badge
    self.headline = headline
    self.detail = detail
  }
}
