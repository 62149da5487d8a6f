import CareVoiceKit
import Testing

@Suite struct CodebookMatcherTests {
  static let codebook = Codebook(
    id: "review-comments",
    themes: [
      Theme(
        id: "contact-family", label: "Contact with family",
        match: ["see my mum", "contact", "family time", "brother*", "sister*"], exclude: ["contact lenses"]),
      Theme(
        id: "social-worker-change", label: "Changes of social worker",
        match: ["new social worker", "keeps changing", "changed my social worker"]),
      Theme(id: "feel-safe", label: "Feeling safe", match: ["feel safe", "safe"]),
      Theme(id: "family", label: "Family", match: ["family"]),
      Theme(id: "siblings", label: "Brothers and sisters", parent: "family", match: ["brother*", "sibling*"]),
    ])
  let matcher = CodebookMatcher(codebook)

  func found(_ text: String) -> [String] {
    matcher.mentions(in: text).map { "\($0.theme):\($0.matchedText(in: text))\($0.isNegated ? ":negated" : "")" }
  }

  @Test(
    "a * stands for any ending of a word, and only there",
    arguments: [
      ("my brothers", ["contact-family:brothers", "siblings:brothers"]),
      ("my brother's dog", ["contact-family:brother's", "siblings:brother's"]),
      ("Brotherhood", ["contact-family:Brotherhood", "siblings:Brotherhood"]),
      ("my bro", []),
    ])
  func wildcards(text: String, expected: [String]) {
    #expect(found(text) == expected)
  }

  @Test(
    "a phrase matches across spaces and punctuation but not across a sentence end",
    arguments: [
      ("I want to see my mum", ["contact-family:see my mum"]),
      ("I want to see... my   mum", ["contact-family:see... my   mum"]),
      ("I want to see, my mum", ["contact-family:see, my mum"]),
      ("I want to SEE MY MUM", ["contact-family:SEE MY MUM"]),
      ("I want to see my mom", ["contact-family:see my mom"]),
      ("things I see. My mum is nice", []),
      ("what I see? my mum", []),
      ("family-time", ["contact-family:family-time", "family:family"]),
    ])
  func phrasesAcrossPunctuation(text: String, expected: [String]) {
    #expect(found(text) == expected)
  }

  @Test("an exclusion cancels the match it covers, and only for its own theme")
  func exclusions() {
    #expect(found("I need new contact lenses") == [])
    #expect(found("contact lenses are fine but contact with dad is rare") == ["contact-family:contact"])
  }

  @Test("a longer phrase wins over a shorter one inside it, within a theme")
  func longestWithinTheme() {
    #expect(found("I feel safe here") == ["feel-safe:feel safe"])
    #expect(found("safe and feel safe") == ["feel-safe:safe", "feel-safe:feel safe"])
  }

  @Test("a comment can carry several themes, each mention with its phrase and place")
  func severalThemes() throws {
    let text = "I got a new social worker and I don’t see my mum. I feel safe though."
    let mentions = matcher.mentions(in: text)
    #expect(mentions.map(\.theme) == ["social-worker-change", "contact-family", "feel-safe"])
    #expect(mentions.map(\.phrase) == ["new social worker", "see my mum", "feel safe"])
    #expect(mentions.map(\.isNegated) == [false, true, false])
    #expect(mentions.map(\.range) == [8..<25, 40..<50, 54..<63])
    let second = try #require(mentions.dropFirst().first)
    #expect(second.characterOffsets(in: text) == 38..<48)
    #expect(second.matchedText(in: text) == "see my mum")
  }

  @Test("a child theme's match is kept under the child; the parent counts it through the hierarchy")
  func hierarchy() {
    #expect(found("my little sister") == ["contact-family:sister"])
    #expect(
      found("time with my brother and family") == ["contact-family:brother", "siblings:brother", "family:family"])
  }

  @Test(
    "negation reaches three words back and stops at a clause break",
    arguments: [
      ("I don't feel safe", ["feel-safe:feel safe:negated"]),
      ("I dont feel safe", ["feel-safe:feel safe:negated"]),
      ("I never really ever feel safe", ["feel-safe:feel safe:negated"]),
      ("Not at all sure I feel safe", ["feel-safe:feel safe"]),
      ("I don't like school but I feel safe", ["feel-safe:feel safe"]),
      ("I don't like school however I feel safe", ["feel-safe:feel safe"]),
      ("I don't like school. I feel safe", ["feel-safe:feel safe"]),
      ("Not me! I feel safe", ["feel-safe:feel safe"]),
      ("No, I feel safe", ["feel-safe:feel safe"]),
      ("No contact with my dad", ["contact-family:contact:negated"]),
      ("nobody lets me contact them", ["contact-family:contact:negated"]),
      ("nobody lets me have contact", ["contact-family:contact"]),
      ("I can't wait to see my mum", ["contact-family:see my mum"]),
      ("not only safe but happy", ["feel-safe:safe"]),
      ("hardly ever safe", ["feel-safe:safe:negated"]),
    ])
  func negation(text: String, expected: [String]) {
    #expect(found(text) == expected)
  }

  @Test("a codebook with a loop of parents or an unknown parent still codes")
  func faultyHierarchy() {
    let faulty = Codebook(
      id: "faulty",
      themes: [
        Theme(id: "a", label: "A", parent: "b", match: ["apple"]),
        Theme(id: "b", label: "B", parent: "a", match: ["banana"]),
        Theme(id: "c", label: "C", parent: "nowhere", match: ["cherry", "", "*"]),
      ])
    let matcher = CodebookMatcher(faulty)
    #expect(matcher.mentions(in: "apple banana cherry").map(\.theme) == ["a", "b", "c"])
  }
}
