import CareVoiceKit
import SurveyFormats

/// A small review consultation, two quarters of answers, and a plain reading of its rows for checking tallies by hand.
///
/// Each row: period | age band | feel_safe | activities | listened_to | social_workers | comments | settled.
/// An empty field is a skipped question, `-` one that was not shown.
enum TallyFixture {
  static let q1 = Period.quarter(year: 2025, quarter: 1)
  static let q2 = Period.quarter(year: 2025, quarter: 2)

  static let instrument = Instrument(
    id: "child-review-test", title: "Review consultation (test)", kind: .reviewConsultation,
    respondent: RespondentFields(attributes: [
      Attribute(
        id: "age_band", label: "Age band",
        values: [Option(value: "8-12"), Option(value: "13-15"), Option(value: "16-17")])
    ]),
    questions: [
      Question(
        id: "feel_safe", text: "Do you feel safe where you live?", type: .single,
        options: [
          Option(value: "yes", label: "Yes", isPositive: true), Option(value: "sometimes", label: "Sometimes"),
          Option(value: "no", label: "No"),
        ], theme: "safety"),
      Question(
        id: "activities", text: "Which activities do you do?", type: .multiple,
        options: [
          Option(value: "sport", label: "Sport"), Option(value: "music", label: "Music"),
          Option(value: "art", label: "Art"), Option(value: "none", label: "None of these"),
        ]),
      Question(
        id: "listened_to", text: "People listen to me at my review", type: .scale,
        options: [
          Option(value: "strongly-agree", label: "Strongly agree", isPositive: true, score: 5),
          Option(value: "agree", label: "Agree", isPositive: true, score: 4),
          Option(value: "not-sure", label: "Not sure", score: 3),
          Option(value: "disagree", label: "Disagree", score: 2),
          Option(value: "strongly-disagree", label: "Strongly disagree", score: 1),
        ], theme: "voice"),
      Question(id: "social_workers", text: "How many social workers have you had this year?", type: .number),
      Question(id: "comments", text: "Anything else?", type: .text),
      Question(
        id: "settled", text: "Do you feel settled?", type: .single,
        options: [Option(value: "yes", label: "Yes", isPositive: true), Option(value: "no", label: "No")],
        theme: "safety"),
    ])

  static let table = [
    "2025-26 Q1|8-12|yes|sport;art|strongly-agree|3|More pocket money|yes",
    "2025-26 Q1|13-15|yes|sport;music|strongly-agree|1|More pocket money|no",
    "2025-26 Q1|8-12|yes|art|strongly-disagree|3|More pocket money|",
    "2025-26 Q1|8-12|no|music|strongly-agree|1|More pocket money|no",
    "2025-26 Q1|8-12|sometimes|sport;art|agree|3|I like my carer|yes",
    "2025-26 Q1|8-12|no|sport;music|agree|3|More pocket money|yes",
    "2025-26 Q1|16-17|no|music|agree|3||yes",
    "2025-26 Q1|8-12|-|sport|agree|4|I like my carer|yes",
    "2025-26 Q1|8-12|no|none|agree||More pocket money|yes",
    "2025-26 Q1|13-15|sometimes|sport;music|disagree||More pocket money|yes",
    "2025-26 Q1|8-12|no|sport;art||2.5|I like my carer|yes",
    "2025-26 Q1|13-15|yes|sport;music|strongly-agree|1|I like my carer|no",
    "2025-26 Q1|8-12|yes|sport;music|disagree|1|More pocket money|yes",
    "2025-26 Q1|16-17|no||agree|2|More pocket money|no",
    "2025-26 Q1||yes|sport|agree|2|More pocket money|yes",
    "2025-26 Q1|8-12|yes|sport;music|agree|3|-|yes",
    "2025-26 Q1|13-15|sometimes|sport;art|strongly-agree|||no",
    "2025-26 Q1|16-17|sometimes|sport;music|strongly-agree|3|I like my carer|yes",
    "2025-26 Q1|8-12|yes|music|strongly-agree|1|I like my carer|yes",
    "2025-26 Q1|8-12|yes||not-sure|1|I like my carer|yes",
    "2025-26 Q1|8-12|yes|||2|More pocket money|yes",
    "2025-26 Q1|8-12|sometimes|music|disagree|1|I like my carer|",
    "2025-26 Q1|13-15|yes|sport;music|strongly-agree|3|-|no",
    "2025-26 Q1|13-15|yes|sport;music|strongly-agree|4||no",
    "2025-26 Q1|8-12|yes|none||2.5||no",
    "2025-26 Q1|16-17|yes|sport;music|agree|1|I like my carer|yes",
    "2025-26 Q2|8-12|yes|-|agree||-|",
    "2025-26 Q2|8-12|yes|sport|strongly-agree|1||no",
    "2025-26 Q2|16-17|yes|sport;art|disagree|1||no",
    "2025-26 Q2|16-17|sometimes|sport;music|strongly-agree|6|More pocket money|no",
    "2025-26 Q2||yes|sport;music|strongly-disagree|4|I like my carer|yes",
    "2025-26 Q2|8-12|no|none|strongly-agree|2.5|-|yes",
    "2025-26 Q2|8-12|yes|sport|strongly-agree|-||yes",
    "2025-26 Q2||yes||disagree|1|I like my carer|yes",
    "2025-26 Q2|8-12|yes|music|agree|1|-|yes",
    "2025-26 Q2|13-15|yes||agree|||yes",
    "2025-26 Q2|13-15|yes|sport;music|strongly-agree|1||yes",
    "2025-26 Q2|13-15|yes|art|agree|3||no",
    "2025-26 Q2|8-12|yes|music|agree|4||yes",
    "2025-26 Q2|16-17|no|sport;music|not-sure|3||yes",
    "2025-26 Q2|13-15|yes|sport;music|strongly-disagree|4||",
    "2025-26 Q2|8-12|yes||disagree|1|I like my carer|yes",
    "2025-26 Q2|8-12|yes|sport|not-sure|6||yes",
    "2025-26 Q2|16-17|yes|sport|disagree|-|I like my carer|",
    "2025-26 Q2|13-15|yes|-|disagree|1|More pocket money|yes",
    "2025-26 Q2|8-12|yes|music|not-sure|1||yes",
    "2025-26 Q2|8-12|yes|art|agree|1|-|no",
    "2025-26 Q2||yes|music|strongly-agree|6|I like my carer|yes",
    "2025-26 Q2|13-15|no||agree|1|-|yes",
    "2025-26 Q2|13-15|yes|sport|not-sure|2|I like my carer|",
    "2025-26 Q2|13-15|sometimes|sport|disagree|1||yes",
    "2025-26 Q2|8-12|yes||agree|1||yes",
    "2025-26 Q2|8-12|yes|sport|strongly-agree|2|More pocket money|no",
    "2025-26 Q2|8-12|yes|sport|agree|1|I like my carer|yes",
    "2025-26 Q2|16-17|yes|sport|agree||I like my carer|no",
    "2025-26 Q2|13-15|yes||agree|3||",
  ]

  /// One row of ``table`` split into its fields.
  struct Row {
    var period: Period
    var ageBand: String?
    /// The six answers, in question order, as written.
    var answers: [String]
  }

  static let rows: [Row] = table.map { line in
    let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    return Row(
      period: fields[0] == "2025-26 Q1" ? q1 : q2, ageBand: fields[1].isEmpty ? nil : fields[1],
      answers: Array(fields[2...]))
  }

  /// The row as a validated response of ``instrument``.
  static func response(_ row: Row, number: Int) -> Response {
    let answers = zip(instrument.questions, row.answers).map { question, text -> Answer in
      if text.isEmpty { return .skipped }
      if text == "-" { return .notShown }
      switch question.type {
      case .single, .scale:
        return .choice(question.options.firstIndex { $0.value == text }!)
      case .multiple:
        return .choices(
          ChoiceSet(text.split(separator: ";").map { value in question.options.firstIndex { $0.value == value }! }))
      case .number:
        return .number(Double(text)!)
      case .text:
        return .text(text)
      }
    }
    return Response(
      id: "R\(number)", attributes: [row.ageBand], answers: answers,
      location: SourceLocation(file: "fixture.csv", line: number + 1))
  }

  /// An accumulator holding every row.
  static func accumulator(by breakdown: Breakdown = .none) throws -> TallyAccumulator {
    var accumulator = try TallyAccumulator(instrument: instrument, breakdown: breakdown)
    for (number, row) in rows.enumerated() { accumulator.add(response(row, number: number + 1), period: row.period) }
    return accumulator
  }
}
