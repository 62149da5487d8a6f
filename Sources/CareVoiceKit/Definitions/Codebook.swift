/// How the free-text answers to a question are coded into themes (DESIGN.md §4).
public struct Codebook: Sendable, Hashable, Codable {
  public var id: String
  public var title: String?
  public var themes: [Theme]

  public init(id: String, title: String? = nil, themes: [Theme]) {
    self.id = id
    self.title = title
    self.themes = themes
  }

  /// The theme with this id, if the codebook has one.
  public func theme(_ id: String) -> Theme? {
    themes.first { $0.id == id }
  }
}

/// One theme of a codebook: the phrases that signal it and the ones that must not.
public struct Theme: Sendable, Hashable, Codable {
  /// What to do with a mention preceded by a negator ("I don't feel safe").
  public enum Negation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Count negated mentions apart from the theme (the default).
    case apart
    /// Count negated mentions as the theme.
    case include
  }

  public var id: String
  public var label: String
  /// The theme this one refines; a comment coded with a child counts once for its parent.
  public var parent: String?
  /// Words and phrases that code a comment with the theme; `*` stands for any ending.
  public var match: [String]
  /// Phrases that, where they cover a match, stop it counting ("contact lenses").
  public var exclude: [String]
  public var negated: Negation

  public init(
    id: String, label: String, parent: String? = nil, match: [String], exclude: [String] = [],
    negated: Negation = .apart
  ) {
    self.id = id
    self.label = label
    self.parent = parent
    self.match = match
    self.exclude = exclude
    self.negated = negated
  }
}
