import CareVoiceKit
import Testing

@Suite struct NameIndexTests {
  static let questions = NameIndex([
    (name: "feel_safe", target: "feel_safe"), (name: "Do you feel safe where you live?", target: "feel_safe"),
    (name: "Q3", target: "feel_safe"), (name: "comments", target: "comments"),
    (name: "Any comments?", target: "comments"),
  ])

  @Test(
    "matches by id, text or alias ignoring case and surrounding spaces",
    arguments: [
      "feel_safe", "FEEL_SAFE", "  Q3 ", "q3", "do you feel safe where you live?",
      "\tDo You Feel Safe Where You Live?\n",
    ]
  )
  func exact(name: String) {
    #expect(Self.questions.match(name) == .exact("feel_safe"))
  }

  @Test(
    "falls back to letters and digits only",
    arguments: ["Feel safe?", "feelsafe", "FEEL-SAFE", "Do you feel safe where you live", "q-3"])
  func folded(name: String) {
    #expect(Self.questions.match(name) == .folded("feel_safe"))
  }

  @Test("matches nothing when neither tier finds the name", arguments: ["", "   ", "?!", "feel", "safe_feel"])
  func noMatch(name: String) {
    #expect(Self.questions.match(name) == NameMatch<String>.none)
  }

  @Test("reports a folded name that fits two targets as ambiguous, never a guess")
  func ambiguousFolded() {
    let index = NameIndex([(name: "feel_safe", target: 1), (name: "Feel safe?", target: 2), (name: "home", target: 3)])
    #expect(index.match("feel_safe") == .exact(1))
    #expect(index.match("Feel safe?") == .exact(2))
    #expect(index.match("FeelSafe") == .ambiguous([1, 2]))
    #expect(index.match("FeelSafe").target == nil)
  }

  @Test("reports a name two targets share ignoring case as ambiguous, and lists it as a clash")
  func ambiguousExact() {
    let index = NameIndex([(name: "Yes", target: 0), (name: "yes", target: 1), (name: "y", target: 0)])
    #expect(index.match("Yes") == .ambiguous([0, 1]))
    #expect(index.match("YES") == .ambiguous([0, 1]))
    #expect(index.match("y") == .exact(0))
    #expect(index.clashes.map(\.name) == ["yes"])
    #expect(index.clashes.map(\.targets) == [[0, 1]])
  }

  @Test("folds letters beyond ASCII and keeps their case apart only by lowercasing")
  func unicode() {
    let index = NameIndex([(name: "Café à l'école", target: "cafe"), (name: "Ørsted", target: "orsted")])
    #expect(index.match("  CAFÉ À L'ÉCOLE ") == .exact("cafe"))
    #expect(index.match("café-à-l-école") == .folded("cafe"))
    #expect(index.match("ørsted") == .exact("orsted"))
  }

  @Test(
    "suggests the nearest name for a slip, and nothing for a different word",
    arguments: [
      ("postive", "positive"), ("singel", "single"), ("Title", "title"), ("red-below", "red_below"),
      ("yes-somtimes-no", "yes-sometimes-no"), ("colour", nil), ("done", nil),
    ] as [(String, String?)])
  func closest(name: String, expected: String?) {
    let known = ["value", "label", "positive", "single", "title", "red_below", "yes-sometimes-no", "completed"]
    #expect(Names.closest(to: name, among: known) == expected)
  }

  @Test("normalizes without copying text that needs no change, and folds to letters and digits")
  func normalizesAndFolds() {
    #expect(Names.normalized("  Feel Safe?  ") == "feel safe?")
    #expect(Names.normalized("feel safe") == "feel safe")
    #expect(Names.normalized("\u{00A0}Ça va\u{00A0}") == "ça va")
    #expect(Names.folded("Feel_Safe? (Q3)") == "feelsafeq3")
    #expect(Names.folded("Très bien — 5/5") == "trèsbien55")
  }
}
