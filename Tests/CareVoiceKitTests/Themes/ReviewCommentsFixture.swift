import CareVoiceKit
import Foundation
import Testing

/// The fixture `Fixtures/themes/review-comments.tsv`: 41 review comments, each hand-coded in its last column.
///
/// The hand coding reads `theme=N` (N mentions that count, a parent's own and
/// its children's), `theme=!` (only negated mentions of a `negated: apart`
/// theme), nothing (answered, no theme) or `-` (not answered).
struct ReviewCommentsFixture {
  struct Row {
    var comment: RespondentComment
    var isAnswered: Bool
    var counted: [String: Int]
    var negated: Set<String>
  }

  static let codebook = Codebook(
    id: "review-comments",
    themes: [
      Theme(
        id: "contact-family", label: "Contact with family",
        match: ["see my mum", "see my dad", "contact", "family time"], exclude: ["contact lenses"]),
      Theme(id: "siblings", label: "Brothers and sisters", parent: "contact-family", match: ["brother*", "sister*"]),
      Theme(
        id: "social-worker-change", label: "Changes of social worker",
        match: ["new social worker", "keeps changing", "changed my social worker"]),
      Theme(id: "feel-safe", label: "Feeling safe", match: ["feel safe", "safe"]),
      Theme(id: "pocket-money", label: "Pocket money", match: ["pocket money", "money"], negated: .include),
      Theme(id: "school", label: "School", match: ["school", "teacher*"]),
    ])

  let rows: [Row]

  init() throws {
    let url = try #require(
      Bundle.module.url(forResource: "review-comments", withExtension: "tsv", subdirectory: "Fixtures/themes"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    rows = try lines.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let period = try #require(Period(label: fields[1]))
      var row = Row(
        comment: RespondentComment(
          respondent: fields[0], period: period, group: fields[2].isEmpty ? nil : fields[2], text: fields[3]),
        isAnswered: fields[4] != "-", counted: [:], negated: [])
      for code in fields[4].split(separator: " ") where code != "-" {
        let parts = code.split(separator: "=").map(String.init)
        if parts[1] == "!" { row.negated.insert(parts[0]) } else { row.counted[parts[0]] = Int(parts[1]) }
      }
      return row
    }
  }

  var comments: [RespondentComment] { rows.map(\.comment) }

  /// What a scope's figures must be, worked out from the hand coding alone.
  struct Expected: Equatable {
    var answered = 0
    var coded = 0
    var respondents: [String: Int] = [:]
    var mentions: [String: Int] = [:]
    var negated: [String: Int] = [:]
    var pairs: [[String]: Int] = [:]
  }

  func expected(where include: (Row) -> Bool = { _ in true }) -> Expected {
    var result = Expected()
    let byRespondent = Dictionary(grouping: rows.filter { include($0) && $0.isAnswered }, by: \.comment.respondent)
    for rows in byRespondent.values {
      result.answered += 1
      let counted = rows.reduce(into: [String: Int]()) { $0.merge($1.counted, uniquingKeysWith: +) }
      let negated = rows.reduce(into: Set<String>()) { $0.formUnion($1.negated) }
      if !counted.isEmpty || !negated.isEmpty { result.coded += 1 }
      for (theme, mentions) in counted {
        result.respondents[theme, default: 0] += 1
        result.mentions[theme, default: 0] += mentions
      }
      for theme in negated { result.negated[theme, default: 0] += 1 }
      let order = Self.codebook.themes.map(\.id)
      let themes = counted.keys.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
      for (offset, first) in themes.enumerated() {
        for second in themes.dropFirst(offset + 1) where [first, second] != ["contact-family", "siblings"] {
          result.pairs[[first, second], default: 0] += 1
        }
      }
    }
    return result
  }
}

extension QuestionThemes {
  /// The figures of the whole question in the shape of the hand-worked expectation (null counts left out).
  var asExpected: ReviewCommentsFixture.Expected {
    var result = ReviewCommentsFixture.Expected(answered: answered ?? -1, coded: coded ?? -1)
    for theme in themes {
      if let respondents = theme.respondents, respondents > 0 { result.respondents[theme.id] = respondents }
      if let mentions = theme.mentions, mentions > 0 { result.mentions[theme.id] = mentions }
      if let negated = theme.negated, negated > 0 { result.negated[theme.id] = negated }
    }
    for pair in coOccurrence { result.pairs[pair.themes] = pair.respondents ?? -1 }
    return result
  }
}

extension ThemeSlice {
  /// The figures of one slice in the shape of the hand-worked expectation (pairs are not broken down).
  var asExpected: ReviewCommentsFixture.Expected {
    var result = ReviewCommentsFixture.Expected(answered: answered ?? -1, coded: coded ?? -1)
    for theme in themes {
      if let respondents = theme.respondents, respondents > 0 { result.respondents[theme.id] = respondents }
      if let mentions = theme.mentions, mentions > 0 { result.mentions[theme.id] = mentions }
      if let negated = theme.negated, negated > 0 { result.negated[theme.id] = negated }
    }
    return result
  }
}
