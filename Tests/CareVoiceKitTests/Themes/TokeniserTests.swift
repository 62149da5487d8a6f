import CareVoiceKit
import Testing

@Suite struct TokeniserTests {
  let tokeniser = Tokeniser()

  func keys(_ text: String) -> [String] { tokeniser.tokens(in: text).map(\.key) }

  @Test(
    "normalises case, apostrophes, repeated letters, spellings and contractions",
    arguments: [
      ("I DON’T feel Safe", ["i", "don't", "feel", "safe"]),
      ("soooo good", ["so", "good"]),
      ("sooo cooool, feeeel", ["so", "cool", "feel"]),
      ("cool feel good school", ["cool", "feel", "good", "school"]),
      ("helllooo nooo", ["hello", "no"]),
      ("My Mom and my mam", ["my", "mum", "and", "my", "mum"]),
      (
        "dont cant wont isnt doesnt didnt im ive",
        ["don't", "can't", "won't", "isn't", "doesn't", "didn't", "i'm", "i've"]
      ),
      ("dontttt", ["don't"]),
      ("my mum's house", ["my", "mum", "house"]),
      ("family-time — with my sw", ["family", "time", "with", "my", "social", "worker"]),
      ("‘quoted’ words", ["quoted", "words"]),
      ("Café ÉLAN", ["café", "élan"]),
    ])
  func normalises(text: String, expected: [String]) {
    #expect(keys(text) == expected)
  }

  @Test("keeps each word's place in the original text, in UTF-8 offsets")
  func keepsOffsets() throws {
    let text = "Sooo “happy” — I can’t wait"
    let tokens = tokeniser.tokens(in: text)
    let words = tokens.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
    #expect(words == ["Sooo", "happy", "I", "can’t", "wait"])
    #expect(tokens.map(\.key) == ["so", "happy", "i", "can't", "wait"])
  }

  @Test("marks sentence ends, pauses and plain spaces between words")
  func marksBoundaries() {
    let tokens = tokeniser.tokens(in: "safe. see, my... mum! ok; yes? no\nmaybe 3.5 e")
    #expect(
      tokens.map(\.boundary) == [
        .space, .sentence, .pause, .pause, .sentence, .sentence, .sentence, .sentence, .space, .space, .space,
      ])
  }

  @Test("uses the codebook's own words when squeezing repeated letters")
  func squeezesTowardsVocabulary() {
    #expect(Tokeniser().keys(for: "yummmy") == ["yummy"])
    #expect(Tokeniser().keys(for: "bessst") == ["best"])
    #expect(Tokeniser(vocabulary: ["besst"]).keys(for: "bessst") == ["besst"])
  }
}
