import CareVoiceKit
import SurveyFormats
import Testing

@Suite struct WorkspaceCheckTests {
  static let instrument = DefinitionFile(
    path: "instruments/reviews.yaml",
    text: """
      id: reviews
      title: Before your review
      questions:
        - id: knows_social_worker
          text: Do you know who your social worker is?
          type: single
          options:
            - { value: yes, label: "Yes", positive: true }
            - { value: no, label: "No" }
            - { value: not-sure, label: Not sure }
        - { id: placements, text: How many homes have you lived in?, type: number }
        - { id: worried, text: Are you worried about anything?, type: single, options: [yes, no] }
        - { id: change_one, text: What would you change?, type: text, codebook: review-comments }
        - { id: anything_else, text: Anything else?, type: text }
      """)

  static let codebook = DefinitionFile(
    path: "codebooks/review-comments.yaml",
    text: """
      id: review-comments
      themes:
        - { id: contact-family, label: Contact with family, match: [contact] }
      """)

  /// A pledge whose one indicator or theme link is given.
  static func pledge(_ lines: String) -> DefinitionFile {
    DefinitionFile(
      path: "pledges/our-pledge.yaml",
      text: """
        id: our-pledge
        title: Our Pledge
        commitments:
          - id: P1
            promise: We will listen
        \(lines)
        """)
  }

  static func problems(
    instruments: [DefinitionFile] = [instrument], codebooks: [DefinitionFile] = [codebook],
    pledges: [DefinitionFile] = []
  ) -> [String] {
    CareVoiceKitTests.problems { () throws(DefinitionErrors) in
      try Workspace.parse(directory: "surveys", instruments: instruments, codebooks: codebooks, pledges: pledges)
    }
  }

  static let pledgeCases: [ProblemCase] = [
    ProblemCase(
      "an indicator naming an unknown instrument, with the nearest",
      """
          indicators:
            - { instrument: review, question: knows_social_worker, target: 90, red_below: 75 }
      """,
      "pledges/our-pledge.yaml:7: error: unknown instrument 'review' — did you mean 'reviews'?"),
    ProblemCase(
      "an indicator naming a question the instrument lacks, with the nearest",
      """
          indicators:
            - instrument: reviews
              question: knows_socialworker
              target: 90
              red_below: 75
      """,
      "pledges/our-pledge.yaml:8: error: instrument 'reviews' has no question 'knows_socialworker' — did you mean 'knows_social_worker'?"
    ),
    ProblemCase(
      "an indicator on a number question",
      """
          indicators:
            - { instrument: reviews, question: placements, target: 90, red_below: 75 }
      """,
      "pledges/our-pledge.yaml:7: error: question 'placements' of instrument 'reviews' is a 'number' question; an indicator needs a question answered by choosing options"
    ),
    ProblemCase(
      "a positive answer that is no option of the question",
      """
          indicators:
            - instrument: reviews
              question: knows_social_worker
              positive: [yes, maybe]
              target: 90
              red_below: 75
      """,
      "pledges/our-pledge.yaml:9: error: 'maybe' in 'positive' is not an option of question 'knows_social_worker' of instrument 'reviews'; its options are yes, no, not-sure"
    ),
    ProblemCase(
      "an indicator on a question with no option marked positive and no positive list",
      """
          indicators:
            - { instrument: reviews, question: worried, target: 90, red_below: 75 }
      """,
      "pledges/our-pledge.yaml:7: error: no option of question 'worried' of instrument 'reviews' is marked positive; add 'positive: [...]' to this indicator with the answers that count"
    ),
    ProblemCase(
      "a theme link naming an unknown instrument",
      """
          themes:
            - { instrument: cicc, question: change_one, theme: contact-family }
      """,
      "pledges/our-pledge.yaml:7: error: unknown instrument 'cicc' — the instruments are reviews"),
    ProblemCase(
      "a theme link to a question that is not text",
      """
          themes:
            - { instrument: reviews, question: worried, theme: contact-family }
      """,
      "pledges/our-pledge.yaml:7: error: question 'worried' of instrument 'reviews' is a 'single' question; a theme link needs a 'text' question with a codebook"
    ),
    ProblemCase(
      "a theme link to a text question without a codebook",
      """
          themes:
            - { instrument: reviews, question: anything_else, theme: contact-family }
      """,
      "pledges/our-pledge.yaml:7: error: question 'anything_else' of instrument 'reviews' has no 'codebook', so it has no themes; add one to the question"
    ),
    ProblemCase(
      "a theme link naming a theme the codebook lacks",
      """
          themes:
            - instrument: reviews
              question: change_one
              theme: contact
      """,
      "pledges/our-pledge.yaml:9: error: codebook 'review-comments' has no theme 'contact' — its themes are contact-family"
    ),
  ]

  @Test("reports each reference from a pledge that does not resolve, at its line", arguments: pledgeCases)
  func pledgeReferences(_ problem: ProblemCase) {
    #expect(Self.problems(pledges: [Self.pledge(problem.yaml)]) == problem.expected)
  }

  @Test("reports a text question's unknown codebook, with the nearest or the list")
  func unknownCodebook() {
    let misspelt = DefinitionFile(
      path: "codebooks/review-comments.yaml", text: "id: review-coments\nthemes: [{ id: a, label: A, match: [a] }]")
    #expect(
      Self.problems(codebooks: [misspelt]) == [
        "codebooks/review-comments.yaml:1: warning: the file is named 'review-comments.yaml' but the codebook's id is 'review-coments'; rename the file 'review-coments.yaml' so the two agree",
        "instruments/reviews.yaml:13: error: unknown codebook 'review-comments' — did you mean 'review-coments'?",
      ])
    #expect(
      Self.problems(codebooks: []) == [
        "instruments/reviews.yaml:13: error: unknown codebook 'review-comments' — this workspace has no codebooks; add codebooks/review-comments.yaml or remove 'codebook:'"
      ])
  }

  @Test("reports an id used in two files, naming the first file")
  func duplicateAcrossFiles() {
    let copy = DefinitionFile(path: "instruments/reviews-copy.yaml", text: Self.instrument.text)
    let codebookCopy = DefinitionFile(path: "codebooks/old.yaml", text: Self.codebook.text)
    let pledge = Self.pledge("")
    let pledgeCopy = DefinitionFile(path: "pledges/our-pledge-2024.yaml", text: pledge.text)
    #expect(
      Self.problems(
        instruments: [Self.instrument, copy], codebooks: [Self.codebook, codebookCopy], pledges: [pledge, pledgeCopy])
        == [
          "codebooks/old.yaml:1: error: codebook id 'review-comments' is used twice (first in codebooks/review-comments.yaml:1); give each codebook its own id",
          "instruments/reviews-copy.yaml:1: error: instrument id 'reviews' is used twice (first in instruments/reviews.yaml:1); give each instrument its own id",
          "pledges/our-pledge-2024.yaml:1: error: pledge id 'our-pledge' is used twice (first in pledges/our-pledge.yaml:1); give each pledge its own id",
        ])
  }

  @Test("reports a mistake in an instrument once, not again in the pledge that uses it")
  func noCascade() {
    let broken = DefinitionFile(
      path: "instruments/reviews.yaml",
      text: Self.instrument.text.replacingOccurrences(of: "type: number", with: "type: count"))
    let pledge = Self.pledge(
      """
          indicators:
            - { instrument: reviews, question: placements, target: 90, red_below: 75 }
      """)
    #expect(
      Self.problems(instruments: [broken], pledges: [pledge]) == [
        "instruments/reviews.yaml:11: error: unknown question type 'count' — use one of single, multiple, scale, number, text"
      ])
  }

  @Test("matches an indicator's positive answers by label or alias, in any case, and keeps the option values")
  func positiveByLabel() throws {
    let pledge = Self.pledge(
      """
          indicators:
            - { instrument: reviews, question: knows_social_worker, positive: [YES, " not sure "], target: 90, red_below: 75 }
      """)
    let workspace = try Workspace.parse(
      directory: "surveys", instruments: [Self.instrument], codebooks: [Self.codebook], pledges: [pledge])
    #expect(workspace.pledges[0].commitments[0].indicators[0].positive == ["yes", "not-sure"])
    #expect(workspace.warnings.isEmpty)
  }
}
