import Foundation
import Testing

@testable import CareVoiceKit

/// The byte-level reading that theme figures stream through must code exactly as the ``Tokeniser`` and
/// ``CodebookMatcher/code(_:)`` do: same word count, same mentions, for any text.
@Suite struct CompiledCodebookTests {
  static let codebooks = [
    ReviewCommentsFixture.codebook,
    CodebookMatcherTests.codebook,
    Codebook(
      id: "odd-phrases",
      themes: [
        Theme(id: "cafe", label: "Café", match: ["café", "naïve*", "élan vital"]),
        Theme(id: "worker", label: "Worker", match: ["sw*", "social worker", "worker*"], negated: .include),
        Theme(id: "cool", label: "Cool", match: ["cool", "so good", "don't know", "mum"], exclude: ["not cool"]),
        Theme(id: "numbers", label: "Numbers", parent: "cool", match: ["3.5", "7 10", "wifi", "wi-fi"]),
      ]),
  ]

  /// Words and marks that exercise every step: case, apostrophes, squeezing, expansions, non-ASCII, boundaries.
  static let pieces = [
    "I", "DON’T", "dont", "don't", "feel", "Safe", "safe", "sooo", "coool", "gooood", "sw", "SW", "sws", "mum's",
    "Mum", "mom", "mam", "see", "my", "brother", "Brothers", "sister's", "contact", "lenses", "café", "CAFÉ",
    "naïveté", "Élan", "vital", "family-time", "family", "time", "not", "no", "No,", "never", "but", "can't", "wait",
    "only", "new", "social", "worker", "workers", "keeps", "changing", "3.5", "7/10", "x", "money", "pocket",
    "school", "teacher", "teachers", "wi-fi", "wifi", "dunno", "wanna", "😀", "ﬁne", "it's", "mumm", "muuum",
    "`quoted`", "cool", "so", "good", "know", "nobody", "nothing", "hardly", "however",
  ]
  static let separators = [" ", " ", " ", "  ", ", ", "-", ". ", "... ", "? ", "\n", " — ", "\u{00A0}", "'", ""]

  /// Comments made of the pieces, the same every run.
  static func generatedTexts(count: Int) -> [String] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in
      var text = ""
      for index in 0..<(1 + next(14)) {
        if index > 0 { text += separators[next(separators.count)] }
        text += pieces[next(pieces.count)]
      }
      return text
    }
  }

  static func texts() throws -> [String] {
    let fixture = try ReviewCommentsFixture()
    return fixture.comments.map(\.text) + QuoteSelectionTests.texts + generatedTexts(count: 3000) + [
      "", " ", ".", "...", "no", "No.", "I don't feel safe", "safe? not really", "I can't wait to see my mum",
      "sooooo cooool", "my sw is new", "contact lenses are fine but contact with dad is rare",
      "things I see. My mum is nice", "family — time", "CAFÉ ÉLAN VITAL", "\u{00E9}lan vital", "e\u{0301}lan",
    ]
  }

  @Test("reads every text with the same words and mentions as the tokeniser and matcher", arguments: codebooks)
  func readsLikeTheMatcher(codebook: Codebook) throws {
    let matcher = CodebookMatcher(codebook)
    let scratch = CodingScratch()
    var differences: [String] = []
    for text in try Self.texts() {
      let reference = matcher.code(RespondentComment(respondent: "r", period: .financialYear(2025), text: text))
      var copy = text
      let wordCount = copy.withUTF8 { matcher.read($0, into: scratch) }
      let expected = reference.mentions.map(CodedMention.init).sorted {
        ($0.range.lowerBound, $0.theme, $0.phrase) < ($1.range.lowerBound, $1.theme, $1.phrase)
      }
      if wordCount != reference.wordCount || scratch.mentions != expected { differences.append(text) }
    }
    #expect(differences.isEmpty, "read differently: \(differences.prefix(5))")
  }

  @Test("the generated texts do reach mentions, negations and exclusions, so the comparison means something")
  func generatedTextsAreRich() {
    let matcher = CodebookMatcher(Self.codebooks[2])
    let coded = Self.generatedTexts(count: 3000).map {
      matcher.code(RespondentComment(respondent: "r", period: .financialYear(2025), text: $0))
    }
    let mentions = coded.flatMap { $0.mentions }
    #expect(Set(mentions.map { $0.theme }) == ["cafe", "worker", "cool", "numbers"])
    #expect(mentions.contains { $0.isNegated })
    #expect(coded.filter { $0.isCoded }.count > 1000)
  }
}
