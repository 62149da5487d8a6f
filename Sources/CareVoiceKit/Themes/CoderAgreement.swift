/// How far the codebook agrees with a person who coded a sample of comments by hand, theme by theme.
///
/// For each theme, every comment falls in one cell of a 2×2 table: both say the
/// theme is there (a), only the person (b), only the codebook (c), neither (d).
/// Agreement is (a + d) / n. Cohen's kappa corrects it for chance:
/// κ = (pₒ − pₑ) / (1 − pₑ), with pₒ = (a + d) / n and
/// pₑ = ((a + b)(a + c) + (c + d)(b + d)) / n². When both mark the theme present
/// in every comment, or absent in every comment, pₑ = 1 and kappa is undefined:
/// it is nil, and the agreement (100%) is all there is to say.
///
/// The codebook "says a theme is there" when the theme counts for the comment (a
/// negated mention of a `negated: apart` theme does not); both sides count a
/// child theme for its parent.
public struct CoderAgreement: Sendable, Hashable {
  /// One theme's 2×2 table, agreement and kappa, and the comments where the two disagree.
  public struct ThemeAgreement: Sendable, Hashable {
    /// The theme id.
    public var theme: String
    /// Comments where both say the theme is there (a).
    public var bothPresent: Int
    /// Comments where only the person says so (b).
    public var onlyCoder: Int
    /// Comments where only the codebook says so (c).
    public var onlyCodebook: Int
    /// Comments where neither does (d).
    public var bothAbsent: Int
    /// The comments counted in b and c, in sample order.
    public var disagreements: [Disagreement]

    /// The size of the sample (n).
    public var comments: Int { bothPresent + onlyCoder + onlyCodebook + bothAbsent }

    /// The share of comments on which both agree, in percent; nil for an empty sample.
    public var agreement: Double? {
      comments == 0 ? nil : Double(bothPresent + bothAbsent) / Double(comments) * 100
    }

    /// Cohen's kappa; nil for an empty sample or when chance agreement is certain (pₑ = 1).
    public var kappa: Double? {
      Self.kappa(a: bothPresent, b: onlyCoder, c: onlyCodebook, d: bothAbsent)
    }

    /// Cohen's kappa of a 2×2 table: a both present, b only the first rater, c only the second, d neither.
    public static func kappa(a: Int, b: Int, c: Int, d: Int) -> Double? {
      let n = Double(a + b + c + d)
      guard n > 0 else { return nil }
      let observed = Double(a + d) / n
      let chance = (Double(a + b) * Double(a + c) + Double(c + d) * Double(b + d)) / (n * n)
      guard chance < 1 else { return nil }
      return (observed - chance) / (1 - chance)
    }
  }

  /// A comment on which the person and the codebook disagree about a theme.
  public struct Disagreement: Sendable, Hashable {
    /// The comment as written in the sample.
    public var comment: String
    /// True when the person coded the theme and the codebook did not; false for the other way round.
    public var isCodedByCoder: Bool
    /// The codebook's mentions of the theme (or its children) in the comment, negated ones included.
    public var mentions: [Mention]
  }

  /// Every theme of the codebook, in codebook order.
  public var themes: [ThemeAgreement]
  /// Theme ids in the sample that the codebook does not have.
  public var unknownThemes: Set<String>

  /// Compares every comment of a sample with what `matcher` finds in it.
  public init(sample: [HandCodedComment], matcher: CodebookMatcher) {
    let definitions = matcher.codebook.themes
    let hierarchy = matcher.hierarchy
    var position: [String: Int] = [:]
    for (index, theme) in definitions.enumerated() where position[theme.id] == nil { position[theme.id] = index }
    themes = definitions.map {
      ThemeAgreement(theme: $0.id, bothPresent: 0, onlyCoder: 0, onlyCodebook: 0, bothAbsent: 0, disagreements: [])
    }
    unknownThemes = Set(sample.flatMap(\.themes).filter { position[$0] == nil })
    for row in sample {
      let mentions = matcher.mentions(in: row.comment)
      let byCodebook = Set(
        ThemeHit.hits(of: mentions, themes: definitions, hierarchy: hierarchy).filter(\.isCounted).map(\.theme))
      let byCoder = Set(row.themes.compactMap { position[$0] }.flatMap { hierarchy.lineage(of: $0) })
      for index in definitions.indices {
        switch (byCoder.contains(index), byCodebook.contains(index)) {
        case (true, true): themes[index].bothPresent += 1
        case (false, false): themes[index].bothAbsent += 1
        case (let coder, _):
          if coder { themes[index].onlyCoder += 1 } else { themes[index].onlyCodebook += 1 }
          let reaching = mentions.filter { hierarchy.lineage(of: $0.themeIndex).contains(index) }
          themes[index].disagreements.append(
            Disagreement(comment: row.comment, isCodedByCoder: coder, mentions: reaching))
        }
      }
    }
  }
}
