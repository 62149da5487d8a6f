import CareVoiceKit
import Foundation
import Testing

@Suite struct QuestionThemesTests {
  let fixture: ReviewCommentsFixture
  let matcher = CodebookMatcher(ReviewCommentsFixture.codebook)

  init() throws {
    fixture = try ReviewCommentsFixture()
  }

  func figures(_ rule: DisclosureRule, keepsUncoded: Bool = false) -> QuestionThemes {
    QuestionThemes(
      question: "change_one", comments: fixture.comments, matcher: matcher,
      options: ThemeOptions(rule: rule, keepsUncodedComments: keepsUncoded))
  }

  @Test("every comment is coded as it was coded by hand")
  func codesLikeTheHandCoding() {
    for row in fixture.rows where row.isAnswered {
      let coded = matcher.code(row.comment)
      let byTheme = Dictionary(grouping: coded.mentions, by: \.theme)
      let counted = byTheme.compactMapValues { mentions in
        mentions.filter { !$0.isNegated || $0.theme == "pocket-money" }.count
      }.filter { $0.value > 0 }
      let negated = Set(byTheme.filter { $0.value.allSatisfy(\.isNegated) && $0.key != "pocket-money" }.keys)
      let handCounted = row.counted.filter { $0.key != "contact-family" || row.counted["siblings"] == nil }
      #expect(
        counted.filter { $0.key != "contact-family" || counted["siblings"] == nil } == handCounted,
        "\(row.comment.text)")
      #expect(negated == row.negated, "\(row.comment.text)")
    }
  }

  @Test("with suppression off, the figures equal those worked out from the hand coding")
  func figuresMatchHandCoding() {
    let figures = figures(.off)
    let expected = fixture.expected()
    #expect(figures.asExpected == expected)
    #expect(expected.answered == 37 && expected.coded == 28)
    #expect(figures.uncoded == 9)
    let safe = figures.themes[3]
    #expect(safe.id == "feel-safe" && safe.respondents == 7 && safe.negated == 4)
    #expect(safe.percent == 7.0 / 37.0 * 100)
    #expect(figures.themes.map(\.label) == ReviewCommentsFixture.codebook.themes.map(\.label))
  }

  @Test("figures per period and per group equal those worked out from the hand coding")
  func breakdownsMatchHandCoding() throws {
    let figures = figures(.off)
    #expect(
      figures.byPeriod.map(\.key) == [
        .period(.quarter(year: 2025, quarter: 1)), .period(.quarter(year: 2025, quarter: 2)),
      ])
    for slice in figures.byPeriod {
      guard case .period(let period) = slice.key else { continue }
      var expected = fixture.expected { $0.comment.period == period }
      expected.pairs = [:]
      #expect(slice.asExpected == expected)
    }
    let groups = try #require(figures.byGroup)
    #expect(groups.map(\.key) == [.group("8-12"), .group("13-15"), .group("16-17"), .group(nil)])
    for slice in groups {
      guard case .group(let group) = slice.key else { continue }
      var expected = fixture.expected { $0.comment.group == group }
      expected.pairs = [:]
      #expect(slice.asExpected == expected)
    }
  }

  @Test("small counts are suppressed: null counts, no percent, no quotes")
  func suppressesSmallCounts() throws {
    let figures = figures(.standard)
    #expect(figures.answered == 37)
    #expect(figures.coded == 28 && figures.uncoded == 9)
    let byID = Dictionary(uniqueKeysWithValues: figures.themes.map { ($0.id, $0) })
    let family = try #require(byID["contact-family"])
    #expect(family.respondents == 9 && family.mentions == 12 && family.negated == nil && !family.isSuppressed)
    #expect(family.percent == 9.0 / 37.0 * 100)
    #expect(family.quotes?.isEmpty == false)
    for id in ["siblings", "social-worker-change", "pocket-money", "school"] {
      let theme = try #require(byID[id])
      #expect(theme.isSuppressed && theme.respondents == nil && theme.mentions == nil && theme.percent == nil)
      #expect(theme.quotes == [])
    }
    let safe = try #require(byID["feel-safe"])
    #expect(safe.respondents == 7 && safe.negated == nil && !safe.isSuppressed)
    #expect(figures.coOccurrence.allSatisfy { $0.isSuppressed && $0.respondents == nil })
  }

  @Test("a small group is shown only as suppressed, and so is another so that it cannot be worked out")
  func suppressesGroupsWithTheirComplement() throws {
    let groups = try #require(figures(.standard).byGroup)
    let hidden = groups.filter(\.isSuppressed).map(\.key)
    #expect(hidden == [.group("8-12"), .group(nil)])
    for slice in groups where slice.isSuppressed {
      #expect(slice.answered == nil && slice.coded == nil && slice.themes.allSatisfy { $0.respondents == nil })
    }
    let shown = groups.filter { !$0.isSuppressed }
    #expect(shown.map(\.answered) == [13, 11])
  }

  @Test("emerging phrases come from the uncoded comments, stop words left out, rare ones suppressed")
  func emergingPhrases() {
    #expect(figures(.standard).emerging == [EmergingPhrase(phrase: "wifi", count: 7)])
    let all = figures(.off).emerging
    #expect(all.first == EmergingPhrase(phrase: "wifi", count: 7))
    #expect(all.contains(EmergingPhrase(phrase: "new contact lenses", count: 1)))
    #expect(!all.contains(EmergingPhrase(phrase: "contact lenses", count: 1)))
    #expect(!all.contains { $0.phrase.split(separator: " ").contains { StopWordProbe.words.contains(String($0)) } })
  }

  @Test("uncoded comments are kept only when asked for, redacted and sorted")
  func uncodedComments() {
    #expect(figures(.standard).uncodedComments == nil)
    let kept = figures(.standard, keepsUncoded: true).uncodedComments
    #expect(kept?.count == 9)
    #expect(kept == kept?.sorted())
    #expect(kept?.contains("I need new contact lenses") == true)
  }

  @Test("encodes the Themes JSON of DESIGN.md with nulls for suppressed counts")
  func encodesJSON() throws {
    let report = ThemesReport(
      instrument: "child-review-13plus", periods: [.quarter(year: 2025, quarter: 1)], rule: .standard,
      questions: [figures(.standard)])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try #require(String(data: try encoder.encode(report), encoding: .utf8))
    #expect(
      json.hasPrefix(#"{"instrument":"child-review-13plus","min_cell":6,"periods":["2025-26 Q1"],"questions":[{"#))
    #expect(json.contains(#""answered":37,"by_group":["#))
    #expect(
      json.contains(
        #"{"id":"siblings","label":"Brothers and sisters","mentions":null,"negated":0,"percent":null,"quotes":[],"respondents":null,"suppressed":true}"#
      ))
    #expect(json.contains(#""emerging":[{"count":7,"phrase":"wifi"}]"#))
    #expect(!json.contains("r01") && !json.contains("uncoded_comments"))
  }
}

/// A few stop words, named here so the test does not lean on the library's own list.
enum StopWordProbe {
  static let words: Set<String> = ["i", "the", "is", "my", "want", "in"]
}
