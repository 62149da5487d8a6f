import CareVoiceKit
import Testing

@Suite struct InstrumentProblemTests {
  static let cases: [ProblemCase] = [
    ProblemCase(
      "an unknown key, with the nearest known one",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
          options:
            - { value: a, postive: true }
      """,
      "i.yaml:8: error: unknown key 'postive' — did you mean 'positive'?"),
    ProblemCase(
      "an unknown key with no near one, listing the keys",
      """
      id: i
      title: T
      colour: blue
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:3: error: unknown key 'colour' — this instrument may have id, title, kind, separator, respondent, scales, questions"
    ),
    ProblemCase(
      "a missing required key",
      """
      id: i
      questions:
        - id: q
          type: number
      """,
      "i.yaml:1: error: instrument 'i' has no 'title'; add a line 'title: ...' with the survey's name",
      "i.yaml:3: error: question 'q' has no 'text'; add a line 'text: ...' with the question as the form asks it"),
    ProblemCase(
      "a required key left empty",
      """
      id: i
      title:
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:2: error: 'title' in instrument 'i' is empty; add a line 'title: ...' with the survey's name"),
    ProblemCase(
      "a list where text was expected",
      """
      id: i
      title: [Foster, carers]
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:2: error: 'title' should be text, not a list"),
    ProblemCase(
      "text where a list was expected",
      """
      id: i
      title: T
      questions: none yet
      """,
      "i.yaml:3: error: 'questions' should be a list, not text"),
    ProblemCase(
      "an instrument id that breaks the pattern",
      """
      id: Foster Carers
      title: T
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:1: error: instrument id 'Foster Carers' may hold only lower-case letters, digits and '-'; try 'foster-carers'"
    ),
    ProblemCase(
      "a question id that breaks the pattern",
      """
      id: i
      title: T
      questions:
        - { id: Feel-Safe?, text: Q, type: number }
      """,
      "i.yaml:4: error: question id 'Feel-Safe?' may hold only lower-case letters, digits and '_'; try 'feel_safe'"),
    ProblemCase(
      "a question id used twice",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: number
        - id: q
          text: Q again
          type: number
      """,
      "i.yaml:7: error: question id 'q' is used twice (first at line 4); give each question its own id"),
    ProblemCase(
      "an option value used twice in a question",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
          options:
            - a
            - b
            - a
      """,
      "i.yaml:10: error: option value 'a' appears twice in question 'q' (first at line 8); give each option its own value"
    ),
    ProblemCase(
      "a label that names two options",
      """
      id: i
      title: T
      scales:
        yn:
          - { value: yes, aliases: [y] }
          - { value: yesish, label: Y }
      questions:
        - { id: q, text: Q, type: single, scale: yn }
      """,
      "i.yaml:6: error: 'y' names two options of scale 'yn': 'yes' (line 5) and 'yesish' (line 6); keep it on one of them"
    ),
    ProblemCase(
      "an alias that names two questions",
      """
      id: i
      title: T
      questions:
        - { id: feel_safe, text: Do you feel safe?, type: text, aliases: [Q1] }
        - { id: happy, text: Are you happy?, type: text, aliases: [q1] }
      """,
      "i.yaml:5: error: 'q1' names two questions, 'feel_safe' (line 4) and 'happy' (line 5); a column with that "
        + "heading could not be matched — keep it on one of them"
    ),
    ProblemCase(
      "an attribute id used twice",
      """
      id: i
      title: T
      respondent:
        attributes:
          - { id: age_band, values: [under-8, 8-12] }
          - { id: age_band, values: [13-15] }
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:6: error: attribute id 'age_band' is used twice (first at line 5); give each attribute its own id"),
    ProblemCase(
      "an unknown scale, with the nearest",
      """
      id: i
      title: T
      scales:
        yes-sometimes-no: [yes, sometimes, no]
      questions:
        - { id: q, text: Q, type: single, scale: yes-somtimes-no }
      """,
      "i.yaml:6: error: unknown scale 'yes-somtimes-no' — did you mean 'yes-sometimes-no'?"),
    ProblemCase(
      "an unknown scale in an instrument without scales",
      """
      id: i
      title: T
      questions:
        - { id: q, text: Q, type: single, scale: agree-5 }
      """,
      "i.yaml:4: error: unknown scale 'agree-5' — this instrument has no 'scales:'; add the scale there, or give the question 'options:'"
    ),
    ProblemCase(
      "a choice question without options",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
      """,
      "i.yaml:4: error: question 'q' is a 'single' question but has no answers to choose from; add 'scale:' naming one of the instrument's scales, or 'options:'"
    ),
    ProblemCase(
      "a number question with options",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: number
          options: [1, 2]
      """,
      "i.yaml:7: error: question 'q' is a 'number' question, so it cannot have 'options'; remove it or change the question's type"
    ),
    ProblemCase(
      "a question with both a scale and options",
      """
      id: i
      title: T
      scales:
        yn: [yes, no]
      questions:
        - id: q
          text: Q
          type: single
          scale: yn
          options: [yes, no]
      """,
      "i.yaml:10: error: question 'q' has both 'scale' and 'options'; keep one of them"),
    ProblemCase(
      "a multiple question with more than 64 options",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: multiple
          options: [\((1...65).map { "o\($0)" }.joined(separator: ", "))]
      """,
      "i.yaml:4: error: question 'q' has 65 options, but a 'multiple' question may have at most 64; split it into two questions"
    ),
    ProblemCase(
      "a positive answer that is not an option",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
          options: [yes, no]
          positive: [maybe]
      """,
      "i.yaml:8: error: 'maybe' in 'positive' is not an option of question 'q'; its options are yes, no"),
    ProblemCase(
      "an unknown question type, with the nearest",
      """
      id: i
      title: T
      questions:
        - { id: q, text: Q, type: singel, options: [a] }
      """,
      "i.yaml:4: error: unknown question type 'singel' — did you mean 'single'?"),
    ProblemCase(
      "an unknown question type with no near one",
      """
      id: i
      title: T
      questions:
        - { id: q, text: Q, type: dropdown, options: [a] }
      """,
      "i.yaml:4: error: unknown question type 'dropdown' — use one of single, multiple, scale, number, text"),
    ProblemCase(
      "a codebook on a question that is not text",
      """
      id: i
      title: T
      questions:
        - { id: q, text: Q, type: number, codebook: review-comments }
      """,
      "i.yaml:4: error: only a 'text' question can have a 'codebook'; remove it or make question 'q' type: text"),
    ProblemCase(
      "an option value left as ~",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
          options:
            - { value: ~, label: Nothing }
            - ~
      """,
      "i.yaml:8: error: 'value' in an option is empty; write the answer it stands for, in quotes if it is ~ or null",
      "i.yaml:9: error: an option is empty; write the answer it stands for, in quotes if it is ~ or null"),
    ProblemCase(
      "a flag that is not true or false, and a score that is not a number",
      """
      id: i
      title: T
      questions:
        - id: q
          text: Q
          type: single
          options:
            - { value: a, positive: maybe }
            - { value: b, score: high }
      """,
      "i.yaml:8: error: 'positive' should be true or false, not 'maybe'",
      "i.yaml:9: error: 'score' should be a number, not 'high'"),
    ProblemCase(
      "an unknown kind",
      """
      id: i
      title: T
      kind: foster-carer
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:3: error: unknown kind 'foster-carer' — use one of review-consultation, foster-carer-survey, cicc-consultation, other"
    ),
    ProblemCase(
      "a question written as plain text",
      """
      id: i
      title: T
      questions:
        - feel_safe
      """,
      "i.yaml:4: error: a question should be a block of 'key: value' lines, not text"),
    ProblemCase(
      "an attribute without values",
      """
      id: i
      title: T
      respondent:
        attributes:
          - { id: age_band, values: [] }
          - { id: placement }
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:5: error: attribute 'age_band' has no values; list the values it may take",
      "i.yaml:6: error: attribute 'placement' has no 'values'; add a line 'values: ...'"),
    ProblemCase(
      "scales written as a list",
      """
      id: i
      title: T
      scales:
        - yes
        - no
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:4: error: 'scales' should be a block of named lists of options, not a list"),
    ProblemCase(
      "a second YAML document in one file",
      """
      id: i
      title: T
      questions:
        - { id: q, text: Q, type: number }
      ---
      id: j
      """,
      "i.yaml:5: error: a second YAML document starts here ('---'); keep one instrument, codebook or pledge per file"),
    ProblemCase(
      "a scale with no options",
      """
      id: i
      title: T
      scales:
        yn: []
        agree:
      questions:
        - { id: q, text: Q, type: single, scale: yn }
      """,
      "i.yaml:4: error: scale 'yn' has no options; list them under its name",
      "i.yaml:5: error: scale 'agree' has no options; list them under its name"),
    ProblemCase(
      "an instrument without questions",
      """
      id: i
      title: T
      questions: []
      """,
      "i.yaml:3: error: this instrument has no questions; list them under 'questions:'"),
    ProblemCase(
      "an empty file",
      "# nothing yet\n",
      "i.yaml:1: error: this file is empty; an instrument starts with 'id:', 'title:' and 'questions:'"),
    ProblemCase(
      "a YAML syntax error",
      """
      id: i
      title: "Foster carers
      questions: []
      """,
      "i.yaml:3: error: this is not valid YAML: found unexpected end of stream while scanning a quoted scalar (from line 2); check the indentation, colons and quotes on this line and the one before"
    ),
    ProblemCase(
      "a line indented out of step",
      """
      id: i
      title: T
      questions:
        - id: q
         text: Q
      """,
      "i.yaml:5: error: this is not valid YAML: did not find expected '-' indicator while parsing a block collection (from line 4); check the indentation, colons and quotes on this line and the one before"
    ),
    ProblemCase(
      "a key written twice",
      """
      id: i
      title: T
      title: U
      questions:
        - { id: q, text: Q, type: number }
      """,
      "i.yaml:2: error: 'title' appears twice in the same block; keep only one"),
  ]

  @Test("reports each mistake in an instrument with its line and the fix", arguments: cases)
  func reportsMistake(_ problem: ProblemCase) {
    #expect(
      problems { () throws(DefinitionErrors) in try Instrument.parse(yaml: problem.yaml, file: "i.yaml") }
        == problem.expected)
  }
}
