import Foundation

/// One comment of a hand-coded sample, with the themes the person who coded it gave it.
public struct HandCodedComment: Sendable, Hashable {
  /// The comment as written in the sample.
  public var comment: String
  /// The theme ids the person gave it; empty when they found none.
  public var themes: Set<String>

  /// A comment and the themes a person coded it with.
  public init(comment: String, themes: Set<String>) {
    self.comment = comment
    self.themes = themes
  }

  /// A row of a sample file, whose `themes` cell lists theme ids separated by `;` ("contact-family; school").
  public init(comment: String, themeList: String) {
    let ids = themeList.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    self.init(comment: comment, themes: Set(ids.filter { !$0.isEmpty }))
  }
}
