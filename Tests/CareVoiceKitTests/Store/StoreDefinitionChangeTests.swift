import CareVoiceKit
import Foundation
import SurveyFormats
import Testing

/// Answers stored with one definition, read after the instrument's YAML changed.
@Suite struct StoreDefinitionChangeTests {
  /// Stores R1 (feel safe: yes), R2 (sometimes) and R3 (no) with the original definition.
  func storeWithOriginal(_ store: Store) throws {
    try StoreFixtures.load(
      [
        StoreFixtures.response("R1", line: 2, safe: .choice(0)),
        StoreFixtures.response("R2", line: 3, safe: .choice(1)),
        StoreFixtures.response("R3", line: 4, safe: .choice(2), age: "8-12"),
      ], into: store)
  }

  func answers(to question: String, in store: Store, as instrument: Instrument) throws -> ([Answer], [Diagnostic]) {
    var answers: [Answer] = []
    let warnings = try store.forEachResponse(instrument: instrument, includeText: true) { response, _ in
      answers.append(response.answer(to: question, in: instrument) ?? .notShown)
    }
    return (answers, warnings)
  }

  @Test("follows options to their new positions when they are reordered or joined by a new one")
  func reorderedAndAddedOptions() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      var changed = StoreFixtures.instrument
      changed.questions[0].options = [
        Option(value: "not-sure", label: "Not sure"), Option(value: "no"), Option(value: "sometimes"),
        Option(value: "yes", isPositive: true),
      ]
      let (answers, warnings) = try answers(to: "feel_safe", in: store, as: changed)
      #expect(answers == [.choice(3), .choice(2), .choice(1)])
      #expect(warnings.isEmpty)
    }
  }

  @Test("reads a question added since as not shown, and the others where they now are")
  func addedQuestion() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      var changed = StoreFixtures.instrument
      changed.questions.insert(
        Question(
          id: "has_iro", text: "Do you know your IRO?", type: .single,
          options: StoreFixtures.yesSometimesNo), at: 0)
      changed.questions.removeAll { $0.id == "weeks" }
      var read: [Response] = []
      let warnings = try store.forEachResponse(instrument: changed, includeText: true) { response, _ in
        read.append(response)
      }
      #expect(warnings.isEmpty)
      #expect(read.count == 3)
      #expect(read.allSatisfy { $0.answers.count == 5 })
      #expect(read.map { $0.answers[0] } == [.notShown, .notShown, .notShown])
      #expect(read.map { $0.answers[1] } == [.choice(0), .choice(1), .choice(2)])
      #expect(read.first?.answers[3] == .text("More time with my mum"))
    }
  }

  @Test("reads an answer whose option was removed as not shown, and warns once per batch and option with a count")
  func removedOption() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      try StoreFixtures.load(
        [StoreFixtures.response("R4", line: 7, safe: .choice(1))], into: store,
        header: StoreFixtures.header(digest: "d2", source: "q2.csv", period: StoreFixtures.q2))
      var changed = StoreFixtures.instrument
      changed.questions[0].options.remove(at: 1)
      changed.questions[1].options.removeLast()
      let (safe, warnings) = try answers(to: "feel_safe", in: store, as: changed)
      #expect(safe == [.choice(0), .notShown, .choice(1), .notShown])
      let (activities, _) = try answers(to: "activities", in: store, as: changed)
      #expect(activities == Array(repeating: .choices([0]), count: 4))
      #expect(
        warnings.map(\.description) == [
          "q1.csv:3: warning: 1 answer to \"Do you feel safe where you live?\" (feel_safe) in batch 1 chose "
            + "\"Sometimes\" (sometimes), which the definition of child-review no longer lists; they count as "
            + "not shown — add the option back to the definition to count them",
          "q1.csv:2: warning: 3 answers to \"What do you do in your free time?\" (activities) in batch 1 chose "
            + "\"drama\" (drama), which the definition of child-review no longer lists; they count as not shown — "
            + "add the option back to the definition to count them",
          "q2.csv:7: warning: 1 answer to \"Do you feel safe where you live?\" (feel_safe) in batch 2 chose "
            + "\"Sometimes\" (sometimes), which the definition of child-review no longer lists; they count as "
            + "not shown — add the option back to the definition to count them",
          "q2.csv:7: warning: 1 answer to \"What do you do in your free time?\" (activities) in batch 2 chose "
            + "\"drama\" (drama), which the definition of child-review no longer lists; they count as not shown — "
            + "add the option back to the definition to count them",
        ])
    }
  }

  @Test("reads answers that no longer fit a question whose type changed as not shown, with a warning")
  func changedType() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      var changed = StoreFixtures.instrument
      changed.questions[2] = Question(
        id: "weeks", text: "How long have you lived there?", type: .single,
        options: [Option(value: "under-a-year"), Option(value: "longer")])
      changed.questions[0].type = .multiple
      let (weeks, warnings) = try answers(to: "weeks", in: store, as: changed)
      #expect(weeks == [.notShown, .notShown, .notShown])
      #expect(warnings.count == 1)
      #expect(
        warnings.first?.message.hasPrefix(
          "3 answers to \"How many weeks have you lived there?\" (weeks) in "
            + "batch 1 were given to a number question, which is now a single question") == true)
      // A single answer still fits a question that became multiple.
      let (safe, _) = try answers(to: "feel_safe", in: store, as: changed)
      #expect(safe == [.choices([0]), .choices([1]), .choices([2])])
    }
  }

  @Test("reads attributes by id after they were reordered, and drops one removed")
  func attributesMoved() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      var changed = StoreFixtures.instrument
      changed.respondent.attributes = [
        Attribute(id: "gender", label: "Gender", values: [Option(value: "girl")]),
        StoreFixtures.instrument.respondent.attributes[0],
      ]
      var attributes: [[String?]] = []
      try store.forEachResponse(instrument: changed) { response, _ in attributes.append(response.attributes) }
      #expect(attributes == [[nil, "13-15"], [nil, "13-15"], [nil, "8-12"]])
    }
  }

  @Test("reads batches stored with two versions of the definition, each through its own snapshot")
  func twoVersions() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.appendingPathComponent("carevoice.sqlite").path)
      try storeWithOriginal(store)
      var changed = StoreFixtures.instrument
      changed.version = "v2"
      changed.questions[0].options.reverse()
      let header = BatchHeader(instrument: changed, source: "q2.csv", dialect: "csv", digest: "d2")
      _ = try store.loadBatch(header) { writer in
        try writer.add(StoreFixtures.response("R9", safe: .choice(0)), period: StoreFixtures.q2)
        return .commit
      }
      #expect(try store.batches().map(\.instrumentVersion) == ["v1", "v2"])
      let (asOriginal, _) = try answers(to: "feel_safe", in: store, as: StoreFixtures.instrument)
      #expect(asOriginal == [.choice(0), .choice(1), .choice(2), .choice(2)])
      let (asChanged, _) = try answers(to: "feel_safe", in: store, as: changed)
      #expect(asChanged == [.choice(2), .choice(1), .choice(0), .choice(0)])
    }
  }
}
