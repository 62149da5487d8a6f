import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

@Suite struct StoreReadingTests {
  /// Text, numbers and choices at the edges of what packing must keep.
  static let awkward: [Answer] = [
    .notShown, .skipped,
    .text("He said \"no\" —\nthen left 😢\r\n, 'quoted', tab\there"),
    .text(""),
    .number(-3.75), .number(0.1), .number(-0.0), .number(12), .number(-1_000_000_007), .number(1e300),
    .number(9_500_000_000_000_000),
    .choice(0), .choice(239), .choice(240), .choice(1000),
    .choices([0]), .choices([63]), .choices(ChoiceSet(bits: .max)),
  ]

  /// An instrument with one text question and one question per awkward answer.
  static let wideInstrument = Instrument(
    id: "edge-cases", title: "Edge cases",
    respondent: RespondentFields(attributes: [Attribute(id: "area", label: "Area", values: [Option(value: "north")])]),
    questions: awkward.indices.map { index in
      let type = type(of: awkward[index])
      let count = type == .single ? 1001 : (type == .multiple ? 64 : 0)
      return Question(
        id: "q\(index)", text: "Question \(index)", type: type, options: (0..<count).map { Option(value: "o\($0)") })
    })

  static func type(of answer: Answer) -> Question.Kind {
    switch answer {
    case .text: return .text
    case .number: return .number
    case .choices: return .multiple
    default: return .single
    }
  }

  @Test("gives back every kind of answer exactly as it was stored")
  func roundTrip() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let instrument = Self.wideInstrument
      let responses = [
        Response(
          id: "uuid:7f7e-ü-😀", submitted: nil, attributes: ["north"], answers: Self.awkward,
          location: SourceLocation(file: "edge.xml", line: 40)),
        Response(
          id: "R2", submitted: Day(year: 2026, month: 3, day: 31), attributes: ["a value not listed"],
          answers: Self.awkward.reversed(), location: SourceLocation(file: "edge.xml", line: 90)),
        Response(
          id: "R3", attributes: [nil], answers: Array(repeating: .skipped, count: Self.awkward.count),
          location: SourceLocation(file: "edge.xml", line: 91)),
      ]
      let header = BatchHeader(instrument: instrument, source: "edge.xml", dialect: "xml", digest: "e1")
      _ = try store.loadBatch(header) { writer in
        for response in responses { try writer.add(response, period: StoreFixtures.q1) }
        return .commit
      }
      var read: [Response] = []
      let warnings = try store.forEachResponse(instrument: instrument, includeText: true) { response, period in
        #expect(period == StoreFixtures.q1)
        read.append(response)
      }
      #expect(warnings.isEmpty)
      #expect(read == responses)
      #expect((read.first?.answers[6]).map { "\($0)" } == "number(-0.0)")
    }
  }

  @Test("reads an answered text question as answered but without its words when texts are not asked for")
  func withoutText() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try StoreFixtures.load(
        [StoreFixtures.response("R1"), StoreFixtures.response("R2", text: .skipped)], into: store)
      let answers = try StoreFixtures.stored(in: store, includeText: false).map { $0.0.answers[3] }
      #expect(answers == [.text(""), .skipped])
    }
  }

  @Test("reads comments alone, with their attributes, period and line, for one question or all")
  func comments() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try StoreFixtures.load(
        [
          StoreFixtures.response("R1", line: 2), StoreFixtures.response("R2", line: 3, text: .skipped),
          StoreFixtures.response("R3", line: 4, text: .text("My social worker keeps changing"), age: nil),
        ], into: store)
      var comments: [TextAnswer] = []
      try store.forEachTextAnswer(instrument: StoreFixtures.instrument, question: "change_one") { comments.append($0) }
      #expect(comments.map(\.text) == ["More time with my mum", "My social worker keeps changing"])
      #expect(comments.map(\.responseID) == ["R1", "R3"])
      #expect(comments.map(\.question) == [3, 3])
      #expect(comments.map(\.attributes) == [["13-15", "foster"], [nil, "foster"]])
      #expect(
        comments.map(\.location) == [
          SourceLocation(file: "q1.csv", line: 2), SourceLocation(file: "q1.csv", line: 4),
        ])
      #expect(comments.first?.period == StoreFixtures.q1)
      var none = 0
      try store.forEachTextAnswer(instrument: StoreFixtures.instrument, question: "feel_safe") { _ in none += 1 }
      #expect(none == 0)
    }
  }

  @Test("reads the periods asked for, a financial year taking in its quarters")
  func periodFilter() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      let previousYear = Period.quarter(year: 2024, quarter: 4)
      _ = try store.loadBatch(StoreFixtures.header(period: nil)) { writer in
        try writer.add(StoreFixtures.response("R1"), period: previousYear)
        try writer.add(StoreFixtures.response("R2"), period: StoreFixtures.q1)
        try writer.add(StoreFixtures.response("R3"), period: StoreFixtures.q2)
        return .commit
      }
      #expect(try store.batches().first?.period == "2024-25 Q4 to 2025-26 Q2")
      #expect(try store.periods(instrument: "child-review") == [previousYear, StoreFixtures.q1, StoreFixtures.q2])
      func ids(_ periods: [Period]?) throws -> [String] {
        var ids: [String] = []
        try store.forEachResponse(instrument: StoreFixtures.instrument, periods: periods) { response, _ in
          ids.append(response.id)
        }
        return ids
      }
      #expect(try ids(nil) == ["R1", "R2", "R3"])
      #expect(try ids([StoreFixtures.q2]) == ["R3"])
      #expect(try ids([.financialYear(2025)]) == ["R2", "R3"])
      #expect(try ids([previousYear, StoreFixtures.q2]) == ["R1", "R3"])
      #expect(try ids([.month(year: 2025, month: 4)]).isEmpty)
    }
  }

  @Test("reads nothing, and warns of nothing, for an instrument never loaded")
  func nothingLoaded() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      var count = 0
      let warnings = try store.forEachResponse(instrument: StoreFixtures.instrument) { _, _ in count += 1 }
      #expect(count == 0)
      #expect(warnings.isEmpty)
      #expect(try store.periods(instrument: "child-review").isEmpty)
    }
  }
}
