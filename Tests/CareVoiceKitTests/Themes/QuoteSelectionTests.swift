import CareVoiceKit
import Testing

@Suite struct QuoteSelectionTests {
  static let codebook = Codebook(
    id: "quotes", themes: [Theme(id: "contact-family", label: "Contact with family", match: ["see my mum", "contact"])])

  static let texts = [
    "see my mum",
    "I want to see my mum more often, Jayden says the same",
    "I want to see my mum every week not once a month",
    "Please let me see my mum at weekends",
    "contact is fine",
    "I would like to see my mum more and also my nan and my uncle and my cousins who live far away from here in another town",
    "Can I see my mum? Ring 07700 900123",
    "see my mum Jayden",
  ]

  func quotesOfTheme(_ texts: [String], rule: DisclosureRule = .off) -> [String]? {
    let comments = texts.enumerated().map {
      RespondentComment(respondent: "r\($0.offset)", period: .quarter(year: 2025, quarter: 1), text: $0.element)
    }
    let figures = QuestionThemes(
      question: "change_one", comments: comments, matcher: CodebookMatcher(Self.codebook),
      options: ThemeOptions(rule: rule))
    return figures.themes.first?.quotes
  }

  @Test("chooses typical comments holding the commonest phrase, redacted, never under three words")
  func choosesTypicalQuotes() throws {
    let quotes = try #require(quotesOfTheme(Self.texts))
    #expect(quotes.count == 3)
    #expect(quotes.allSatisfy { $0.contains("see my mum") })
    #expect(!quotes.contains("see my mum") && !quotes.contains("see my mum [name]"))
    #expect(!quotes.contains { $0.contains("Jayden") || $0.contains("07700") })
    #expect(!quotes.contains { $0.hasPrefix("I would like to see my mum more and also") })
  }

  @Test("the choice does not depend on the order of the comments")
  func deterministic() {
    let forwards = quotesOfTheme(Self.texts)
    #expect(quotesOfTheme(Self.texts.reversed()) == forwards)
    #expect(quotesOfTheme(Self.texts.shuffled()) == forwards)
  }

  @Test("a suppressed theme has no quotes")
  func suppressedThemeHasNoQuotes() {
    #expect(quotesOfTheme(Array(Self.texts.prefix(4)), rule: .standard) == [])
  }
}
