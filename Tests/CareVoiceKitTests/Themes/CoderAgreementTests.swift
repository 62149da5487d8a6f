import CareVoiceKit
import Foundation
import Testing

@Suite struct CoderAgreementTests {
  @Test("kappa of a worked example")
  func workedExample() throws {
    // a=20 both, b=5 coder only, c=10 codebook only, d=15 neither; n=50.
    // pₒ = (20 + 15) / 50 = 0.7
    // pₑ = ((20 + 5)(20 + 10) + (10 + 15)(5 + 15)) / 50² = (750 + 500) / 2500 = 0.5
    // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4
    let kappa = try #require(CoderAgreement.ThemeAgreement.kappa(a: 20, b: 5, c: 10, d: 15))
    #expect(abs(kappa - 0.4) < 1e-12)
  }

  @Test("kappa is undefined when both mark the theme the same way in every comment, and for no comments")
  func degenerateCases() {
    #expect(CoderAgreement.ThemeAgreement.kappa(a: 12, b: 0, c: 0, d: 0) == nil)
    #expect(CoderAgreement.ThemeAgreement.kappa(a: 0, b: 0, c: 0, d: 12) == nil)
    #expect(CoderAgreement.ThemeAgreement.kappa(a: 0, b: 0, c: 0, d: 0) == nil)
    // One says always, the other never: pₑ = 0, pₒ = 0, κ = 0.
    #expect(CoderAgreement.ThemeAgreement.kappa(a: 0, b: 8, c: 0, d: 0) == 0)
  }

  @Test("compares a hand-coded sample with the codebook theme by theme, listing disagreements")
  func comparesSample() throws {
    let matcher = CodebookMatcher(ReviewCommentsFixture.codebook)
    let sample = [
      HandCodedComment(comment: "I want to see my mum more", themeList: "contact-family"),
      HandCodedComment(comment: "I miss my brother", themeList: "siblings"),
      HandCodedComment(comment: "I don't feel safe at night", themeList: "feel-safe"),
      HandCodedComment(comment: "I feel safe here", themeList: "feel-safe"),
      HandCodedComment(comment: "wifi is rubbish", themeList: ""),
      HandCodedComment(comment: "my teacher shouts", themeList: " school ; bullying "),
    ]
    let agreement = CoderAgreement(sample: sample, matcher: matcher)
    #expect(agreement.unknownThemes == ["bullying"])
    let byID = Dictionary(uniqueKeysWithValues: agreement.themes.map { ($0.theme, $0) })

    let family = try #require(byID["contact-family"])
    #expect((family.bothPresent, family.onlyCoder, family.onlyCodebook, family.bothAbsent) == (2, 0, 0, 4))
    #expect(family.agreement == 100)
    #expect(family.kappa == 1)

    let safe = try #require(byID["feel-safe"])
    #expect((safe.bothPresent, safe.onlyCoder, safe.onlyCodebook, safe.bothAbsent) == (1, 1, 0, 4))
    #expect(safe.disagreements.map(\.comment) == ["I don't feel safe at night"])
    #expect(safe.disagreements.first?.isCodedByCoder == true)
    #expect(safe.disagreements.first?.mentions.map(\.isNegated) == [true])
    // pₒ = 5/6; pₑ = (2·1 + 4·5) / 36 = 22/36; κ = (30/36 − 22/36) / (14/36) = 8/14.
    #expect(abs((safe.kappa ?? 0) - 8.0 / 14.0) < 1e-12)

    let money = try #require(byID["pocket-money"])
    #expect(money.bothAbsent == 6 && money.kappa == nil && money.agreement == 100)
  }
}

@Suite struct HandCodedSampleTests {
  /// Splits one line of a simple CSV file: commas, and double quotes with `""` inside (no line breaks in fields).
  static func fields(of line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var isQuoted = false
    var previous: Character?
    for character in line {
      if character == "\"" {
        if !isQuoted && previous == "\"" { field.append("\"") }
        isQuoted.toggle()
      } else if character == "," && !isQuoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      previous = character
    }
    fields.append(field)
    return fields
  }

  @Test("a hand-coded sample file, read row by row for one codebook, agrees where it should")
  func readsSampleFile() throws {
    let url = try #require(
      Bundle.module.url(forResource: "agreement-sample", withExtension: "csv", subdirectory: "Fixtures/themes"))
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map(Self.fields)
    let sample = rows.filter { $0[0] == "review-comments" }.map { HandCodedComment(comment: $0[1], themeList: $0[2]) }
    #expect(sample.count == 12)
    #expect(sample[6].comment == #"My teacher is "kind" and school is ok"#)
    #expect(sample[10].themes == ["social-worker-change", "contact-family"])

    let agreement = CoderAgreement(sample: sample, matcher: CodebookMatcher(ReviewCommentsFixture.codebook))
    #expect(agreement.unknownThemes.isEmpty)
    let byID = Dictionary(uniqueKeysWithValues: agreement.themes.map { ($0.theme, $0) })
    // The person coded contact-family for the negated "dont see my mum"; the codebook counts it apart.
    let family = try #require(byID["contact-family"])
    #expect((family.bothPresent, family.onlyCoder, family.onlyCodebook, family.bothAbsent) == (3, 1, 0, 8))
    #expect(family.disagreements.map(\.comment) == ["I got a new social worker and I dont see my mum"])
    // pₒ = 11/12; pₑ = (4·3 + 8·9) / 144 = 84/144; κ = (132 − 84) / (144 − 84) = 0.8.
    #expect(abs((family.kappa ?? 0) - 0.8) < 1e-12)
    for id in ["siblings", "social-worker-change", "pocket-money", "school"] {
      #expect(byID[id]?.kappa == 1, "\(id)")
    }
  }
}
