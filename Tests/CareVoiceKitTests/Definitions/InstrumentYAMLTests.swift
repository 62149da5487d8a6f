import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

@Suite struct InstrumentYAMLTests {
  static func fixture(_ name: String) throws -> (text: String, file: String) {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures/definitions/instruments"))
    return (try String(contentsOf: url, encoding: .utf8), "instruments/\(name).yaml")
  }

  @Test("reads DESIGN.md's foster carer survey value by value")
  func fosterCarerSurvey() throws {
    let (text, file) = try Self.fixture("foster-carer-survey")
    let instrument = try Instrument.parse(yaml: text, file: file)
    let scale = [
      Option(value: "yes", label: "Yes", aliases: ["y", "1"], isPositive: true),
      Option(value: "sometimes", label: "Sometimes"),
      Option(value: "no", label: "No", aliases: ["n", "0"]),
    ]
    let expected = Instrument(
      id: "foster-carer-survey", title: "Foster carer survey", kind: .fosterCarerSurvey,
      respondent: RespondentFields(
        id: "response_id", submitted: "submitted_at",
        attributes: [
          Attribute(
            id: "age_band", label: "Age band",
            values: ["under-8", "8-12", "13-15", "16-17", "18-25"].map { Option(value: $0) })
        ]),
      questions: [
        Question(
          id: "feel_safe", text: "Do you feel safe where you live?", type: .single, options: scale,
          scale: "yes-sometimes-no", theme: "safety", aliases: ["Q3", "Do you feel safe?"]),
        Question(
          id: "comments", text: "Is there anything else you want your reviewing officer to know?", type: .text,
          codebook: "review-comments"),
      ],
      separator: ";", version: "7aa2d883790dcc84")
    #expect(instrument == expected)
  }

  @Test("reads inline options, numeric scales, a question's own positive answers and a separator")
  func childReview() throws {
    let (text, file) = try Self.fixture("child-review-consultation")
    let instrument = try Instrument.parse(yaml: text, file: file)
    #expect(instrument.kind == .reviewConsultation)
    #expect(instrument.separator == "|")
    #expect(instrument.version == "139332aab785c7e0")
    #expect(
      instrument.questions.map(\.id) == [
        "knows_social_worker", "listened_to", "worried", "help_wanted", "placements", "change_one",
      ])
    let knows = try #require(instrument.question("knows_social_worker"))
    #expect(knows.options.map(\.value) == ["yes", "no", "not-sure"])
    #expect(knows.options[2] == Option(value: "not-sure", label: "Not sure", aliases: ["Don't know"]))
    #expect(knows.positiveOptions == [0])
    #expect(knows.scale == nil)
    let listened = try #require(instrument.question("listened_to"))
    #expect(listened.options.map(\.score) == [5, 4, 3, 2, 1])
    #expect(
      listened.options.map(\.label) == [
        "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree",
      ])
    #expect(listened.positiveOptions == [0, 1])
    let worried = try #require(instrument.question("worried"))
    #expect(worried.options == [Option(value: "yes"), Option(value: "no", isPositive: true)])
    let help = try #require(instrument.question("help_wanted"))
    #expect(help.type == .multiple)
    #expect(help.options.map(\.score) == [nil, nil, 3])
    #expect(instrument.question("placements")?.options == [])
    #expect(instrument.question("change_one")?.codebook == "review-comments")
  }

  @Test("keeps every answer YAML would turn into a Boolean, number or null as the text written")
  func norwayProblem() throws {
    let yaml = """
      id: norway
      title: The Norway problem
      questions:
        - id: plain_words
          text: Plain words
          type: single
          options: [yes, no, on, off, y, n, true, false, ~no, NO!]
        - id: numbers
          text: Numbers and quoted words
          type: single
          options:
            - { value: 1, label: yes }
            - { value: 0, label: no }
            - { value: "true", label: on }
            - { value: 012, aliases: [off, 0x1F] }
            - { value: 1.50 }
            - { value: "~" }
            - { value: "null", aliases: [y, n], positive: yes }
        - id: country
          text: Where were you born?
          type: single
          options: [{ value: NO, label: Norway }, { value: GB, label: United Kingdom }]
      """
    let instrument = try Instrument.parse(yaml: yaml, file: "norway.yaml")
    #expect(
      instrument.questions[0].options.map(\.value) == [
        "yes", "no", "on", "off", "y", "n", "true", "false", "~no", "NO!",
      ])
    #expect(instrument.questions[0].options.map(\.label) == instrument.questions[0].options.map(\.value))
    let numbers = instrument.questions[1].options
    #expect(numbers.map(\.value) == ["1", "0", "true", "012", "1.50", "~", "null"])
    #expect(numbers.map(\.label) == ["yes", "no", "on", "012", "1.50", "~", "null"])
    #expect(numbers[3].aliases == ["off", "0x1F"])
    #expect(numbers[6].aliases == ["y", "n"])
    #expect(numbers[6].isPositive)
    #expect(numbers.allSatisfy { $0.score == nil })
    #expect(instrument.questions[2].options.map(\.value) == ["NO", "GB"])
  }

  @Test("shares options written once with a YAML anchor")
  func anchors() throws {
    let yaml = """
      id: anchors
      title: Anchors
      questions:
        - { id: a, text: A, type: single, options: &yes-no [yes, no] }
        - { id: b, text: B, type: single, options: *yes-no }
      """
    let instrument = try Instrument.parse(yaml: yaml, file: "anchors.yaml")
    #expect(instrument.questions.map { $0.options.map(\.value) } == [["yes", "no"], ["yes", "no"]])
  }

  @Test("takes number values as scores, and an explicit score over the value")
  func scores() throws {
    let yaml = """
      id: faces
      title: Faces
      questions:
        - id: happy
          text: How happy are you?
          type: scale
          options: [{ value: 1, label: Sad }, { value: 2.5, label: OK }, { value: 4, label: Happy, score: 10 }]
      """
    let options = try Instrument.parse(yaml: yaml, file: "faces.yaml").questions[0].options
    #expect(options.map(\.score) == [1, 2.5, 10])
  }

  @Test("reads attribute values given as options, with labels and aliases")
  func attributeOptions() throws {
    let yaml = """
      id: carers
      title: Carers
      respondent:
        attributes:
          - id: carer_type
            values:
              - { value: kinship, label: Family and friends carer, aliases: [connected person] }
              - mainstream
      questions:
        - { id: age, text: Age, type: number }
      """
    let attribute = try #require(try Instrument.parse(yaml: yaml, file: "carers.yaml").respondent.attributes.first)
    #expect(attribute.label == "carer_type")
    #expect(
      attribute.values == [
        Option(value: "kinship", label: "Family and friends carer", aliases: ["connected person"]),
        Option(value: "mainstream"),
      ])
  }
}
