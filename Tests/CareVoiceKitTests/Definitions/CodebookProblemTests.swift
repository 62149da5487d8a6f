import CareVoiceKit
import Testing

@Suite struct CodebookProblemTests {
  static let cases: [ProblemCase] = [
    ProblemCase(
      "a parent that is no theme, with the nearest",
      """
      id: comments
      themes:
        - { id: contact-family, label: Contact, match: [contact] }
        - { id: siblings, label: Siblings, parent: contact-famly, match: [brother*] }
      """,
      "c.yaml:4: error: unknown parent theme 'contact-famly' — did you mean 'contact-family'?"),
    ProblemCase(
      "parents that lead round in a circle",
      """
      id: comments
      themes:
        - { id: a, label: A, parent: b, match: [x] }
        - { id: b, label: B, parent: a, match: [y] }
        - { id: c, label: C, parent: c, match: [z] }
      """,
      "c.yaml:3: error: the parents of theme 'a' lead round in a circle (a → b → a); one of them must have no parent",
      "c.yaml:5: error: theme 'c' names itself as its parent; remove 'parent:' or name another theme"),
    ProblemCase(
      "an empty match list",
      """
      id: comments
      themes:
        - id: safe
          label: Feeling safe
          match: []
      """,
      "c.yaml:5: error: theme 'safe' has an empty 'match' list; add the words or phrases that signal it"),
    ProblemCase(
      "a theme without a match list",
      """
      id: comments
      themes:
        - id: safe
          label: Feeling safe
      """,
      "c.yaml:3: error: theme 'safe' has no 'match'; add a line 'match: ...'"),
    ProblemCase(
      "a phrase that would match everything",
      """
      id: comments
      themes:
        - { id: safe, label: Feeling safe, match: [safe, "*"] }
      """,
      "c.yaml:3: error: an empty phrase in 'match' would code every comment; remove it"),
    ProblemCase(
      "a theme id used twice",
      """
      id: comments
      themes:
        - { id: safe, label: Feeling safe, match: [safe] }
        - { id: safe, label: Safety, match: [unsafe] }
      """,
      "c.yaml:4: error: theme id 'safe' is used twice (first at line 3); give each theme its own id"),
    ProblemCase(
      "an unknown 'negated' setting",
      """
      id: comments
      themes:
        - { id: safe, label: Feeling safe, match: [safe], negated: separate }
      """,
      "c.yaml:3: error: unknown 'negated' setting 'separate' — use one of apart, include"),
    ProblemCase(
      "a codebook without themes",
      """
      id: comments
      themes: []
      """,
      "c.yaml:2: error: this codebook has no themes; list them under 'themes:'"),
    ProblemCase(
      "a codebook id that breaks the pattern",
      """
      id: review_comments
      themes:
        - { id: safe, label: Feeling safe, match: [safe] }
      """,
      "c.yaml:1: error: codebook id 'review_comments' may hold only lower-case letters, digits and '-'; try 'review-comments'"
    ),
  ]

  @Test("reports each mistake in a codebook with its line and the fix", arguments: cases)
  func reportsMistake(_ problem: ProblemCase) {
    #expect(
      problems { () throws(DefinitionErrors) in try Codebook.parse(yaml: problem.yaml, file: "c.yaml") }
        == problem.expected)
  }
}
