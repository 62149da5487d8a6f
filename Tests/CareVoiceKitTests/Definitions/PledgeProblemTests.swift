import CareVoiceKit
import SurveyFormats
import Testing

@Suite struct PledgeProblemTests {
  /// A pledge with one commitment whose indicator or action lines are given.
  static func pledge(_ body: String) -> String {
    """
    id: our-pledge
    title: Our Pledge
    commitments:
      - id: P1
        promise: We will listen
    \(body)
    """
  }

  static let cases: [ProblemCase] = [
    ProblemCase(
      "a target above 100 and a red_below below 0",
      pledge(
        """
            indicators:
              - { instrument: i, question: q, target: 120, red_below: -5 }
        """),
      "p.yaml:7: error: 'target' must be a percentage from 0 to 100, not 120",
      "p.yaml:7: error: 'red_below' must be a percentage from 0 to 100, not -5"),
    ProblemCase(
      "a red_below above the target",
      pledge(
        """
            indicators:
              - instrument: i
                question: q
                target: 75
                red_below: 80.5
        """),
      "p.yaml:10: error: 'red_below' (80.5) is above 'target' (75); it must be no higher than the target"),
    ProblemCase(
      "a target that is not a number",
      pledge(
        """
            indicators:
              - { instrument: i, question: q, target: ninety, red_below: 75 }
        """),
      "p.yaml:7: error: 'target' should be a number, not 'ninety'"),
    ProblemCase(
      "an empty positive list",
      pledge(
        """
            indicators:
              - { instrument: i, question: q, positive: [], target: 90, red_below: 75 }
        """),
      "p.yaml:7: error: 'positive' is empty; list the answers that count as positive"),
    ProblemCase(
      "a due date that does not exist",
      pledge(
        """
            actions:
              - { id: A1, you_said: S, we_will: W, owner: O, due: 2025-02-31, status: not-started }
        """),
      "p.yaml:7: error: 'due' is 2025-02-31, which is not a real date; check the day and the month"),
    ProblemCase(
      "a due date written day first",
      pledge(
        """
            actions:
              - { id: A1, you_said: S, we_will: W, owner: O, due: 31/12/2025, status: not-started }
        """),
      "p.yaml:7: error: 'due' should be written YYYY-MM-DD: write 2025-12-31 for 31/12/2025"),
    ProblemCase(
      "a due date that is no date",
      pledge(
        """
            actions:
              - { id: A1, you_said: S, we_will: W, owner: O, due: next March, status: not-started }
        """),
      "p.yaml:7: error: 'due' should be a date written YYYY-MM-DD (like 2025-12-31), not 'next March'"),
    ProblemCase(
      "a completed action with no completed_on",
      pledge(
        """
            actions:
              - id: A1
                you_said: S
                we_will: W
                owner: O
                due: 2025-12-31
                status: completed
        """),
      "p.yaml:12: error: action 'A1' is completed but has no 'completed_on'; add the day it was completed, as YYYY-MM-DD"
    ),
    ProblemCase(
      "an unknown status",
      pledge(
        """
            actions:
              - { id: A1, you_said: S, we_will: W, owner: O, due: 2025-12-31, status: complete }
              - { id: A2, you_said: S, we_will: W, owner: O, due: 2025-12-31, status: done }
        """),
      "p.yaml:7: error: unknown status 'complete' — did you mean 'completed'?",
      "p.yaml:8: error: unknown status 'done' — use one of not-started, in-progress, completed, dropped"),
    ProblemCase(
      "an action id used twice across commitments",
      """
      id: our-pledge
      title: Our Pledge
      commitments:
        - id: P1
          promise: We will listen
          actions:
            - { id: A1, you_said: S, we_will: W, owner: O, due: 2025-12-31, status: dropped }
        - id: P2
          promise: We will act
          actions:
            - { id: A1, you_said: S, we_will: W, owner: O, due: 2025-12-31, status: dropped }
      """,
      "p.yaml:11: error: action id 'A1' is used twice (first at line 7); give each action its own id"),
    ProblemCase(
      "a commitment id used twice, and one without a promise",
      """
      id: our-pledge
      title: Our Pledge
      commitments:
        - { id: P1, promise: We will listen }
        - { id: P1, promise: We will act }
        - { id: P2 }
      """,
      "p.yaml:5: error: commitment id 'P1' is used twice (first at line 4); give each commitment its own id",
      "p.yaml:6: error: commitment 'P2' has no 'promise'; add a line 'promise: ...' with the promise as written"),
    ProblemCase(
      "a minimum_base that is not a positive whole number",
      """
      id: our-pledge
      title: Our Pledge
      minimum_base: 0
      commitments: []
      """,
      "p.yaml:3: error: 'minimum_base' must be a whole number of 1 or more, not '0'"),
    ProblemCase(
      "a minimum_base with a fraction",
      """
      id: our-pledge
      title: Our Pledge
      minimum_base: 2.5
      commitments: []
      """,
      "p.yaml:3: error: 'minimum_base' must be a whole number of 1 or more, not '2.5'"),
  ]

  @Test("reports each mistake in a pledge with its line and the fix", arguments: cases)
  func reportsMistake(_ problem: ProblemCase) {
    #expect(
      problems { () throws(DefinitionErrors) in try Pledge.parse(yaml: problem.yaml, file: "p.yaml") }
        == problem.expected)
  }

  @Test("warns of a completed_on date on an action that is not completed, and leaves the date out")
  func completedOnWithoutCompletion() throws {
    var warnings: [Diagnostic] = []
    let yaml = Self.pledge(
      """
          actions:
            - id: A1
              you_said: S
              we_will: W
              owner: O
              due: 2025-12-31
              status: in-progress
              completed_on: 2025-11-20
      """)
    let pledge = try Pledge.parse(yaml: yaml, file: "p.yaml", warnings: &warnings)
    #expect(
      warnings.map(\.description) == [
        "p.yaml:13: warning: action 'A1' has a 'completed_on' date but its status is 'in-progress'; the date is ignored until the status is 'completed'"
      ])
    #expect(pledge.commitments[0].actions[0].completedOn == nil)
  }
}
