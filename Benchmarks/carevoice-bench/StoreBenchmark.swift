import CareVoiceKit
import Foundation
import SurveyFormats

/// `store N [PATH] [load]`: loads N synthetic 20-question responses as one batch, then reads them back four ways.
///
/// With `load` it stops after loading (for profiling the load alone); `store open PATH`
/// times opening an existing database instead, which migrates an older one.
///
/// Responses are built once from ``SyntheticResponses`` (4,096 distinct ones, each
/// reused with a fresh id), so the timings are the store's, not the generator's.
enum StoreBenchmark {
  static func run(_ arguments: [String]) throws {
    if arguments.first == "open", arguments.count > 1 { return try open(arguments[1]) }
    let count = arguments.first.flatMap { Int($0) } ?? 1_000_000
    let path = arguments.count > 1 ? arguments[1] : NSTemporaryDirectory() + "carevoice-bench-store.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let pool = (0..<4096).map(response)
    print("store: \(count) responses of \(instrument.questions.count) questions into \(path)")

    // What the loop below costs without the store (fresh ids, copies of the pool), to subtract from the load.
    var idBytes = 0
    let harness = timed {
      var response = pool[0]
      for index in 0..<count {
        response = pool[index & 4095]
        response.id = "R\(index + 1)"
        idBytes += response.id.utf8.count
      }
    }
    report("responses built, not stored (harness, \(idBytes) id bytes)", harness, count)

    let store = try Store(path: path)
    let header = BatchHeader(instrument: instrument, source: "synthetic.csv", dialect: "csv", digest: "synthetic")
    let load = try timed {
      _ = try store.loadBatch(header) { writer in
        var response = pool[0]
        for index in 0..<count {
          response = pool[index & 4095]
          response.id = "R\(index + 1)"
          try writer.add(response, period: .quarter(year: 2025, quarter: 1 + index % 4))
        }
        return .commit
      }
    }
    report("load (one transaction, commit, checkpoint)", load, count)
    if arguments.count > 2, arguments[2] == "load" { return }

    var seen = 0
    let scan = try timed {
      try store.forEachResponse(instrument: instrument) { _, _ in seen += 1 }
    }
    report("scan (no text, empty body)", scan, seen)

    var counts = Array(repeating: Array(repeating: 0, count: 66), count: instrument.questions.count)
    let tally = try timed {
      try store.forEachResponse(instrument: instrument) { response, _ in
        for (question, answer) in response.answers.enumerated() {
          switch answer {
          case .notShown: counts[question][64] += 1
          case .skipped: counts[question][65] += 1
          case .choice(let position): counts[question][position] += 1
          case .choices(let set): for position in set { counts[question][position] += 1 }
          case .number, .text: counts[question][0] += 1
          }
        }
      }
    }
    report("scan + counting every answer (no text)", tally, count)

    var words = 0
    let texts = try timed {
      try store.forEachTextAnswer(instrument: instrument) { words += $0.text.utf8.count }
    }
    report("text answers only", texts, count)

    var answered = 0
    let everything = try timed {
      try store.forEachResponse(instrument: instrument, includeText: true) { response, _ in
        answered += response.answers.count { $0.isAnswered }
      }
    }
    report("responses with text", everything, count)

    let size = (try? fileSize(path)) ?? 0
    let wal = (try? fileSize(path + "-wal")) ?? 0

    // A small batch on top: every load first reads the instrument's stored ids.
    let small = try timed {
      _ = try store.loadBatch(BatchHeader(instrument: instrument, source: "small.csv", dialect: "csv", digest: "small"))
      {
        writer in
        for index in 0..<100 {
          var response = pool[index]
          response.id = "S\(index + 1)"
          try writer.add(response, period: .quarter(year: 2025, quarter: 1))
        }
        return .commit
      }
    }
    report("100 more responses, \(count) stored", small, 100)

    // The same ids again, in the same order: every response is a duplicate, checked against its stored block.
    var duplicates = 0
    let reload = try timed {
      let header = BatchHeader(instrument: instrument, source: "again.csv", dialect: "csv", digest: "again")
      if case .loaded(let batch) = try store.loadBatch(
        header,
        { writer in
          for index in 0..<count {
            var response = pool[index & 4095]
            response.id = "R\(index + 1)"
            try writer.add(response, period: .quarter(year: 2025, quarter: 1 + index % 4))
          }
          return .commit
        })
      {
        duplicates = batch.counts.duplicates
      }
    }
    report("reload of the same \(duplicates) ids, all duplicates", reload, count)

    let batches = try store.batches()
    let unload = try timed { try store.unload(batchID: batches[0].id) }
    report("unload", unload, count)
    for batch in batches.dropFirst() { try store.unload(batchID: batch.id) }
    print(
      String(
        format:
          "file: %.0f MB (+ %.0f MB -wal); peak RSS %.0f MB; checks: %d feel_safe yes, %d text bytes, %d answered",
        Double(size) / 1e6, Double(wal) / 1e6, peakResidentMegabytes(), counts[0][0], words, answered))
  }

  /// `store open PATH`: opens a database (migrating it if it is older), then counts its responses.
  static func open(_ path: String) throws {
    var store: Store?
    let opening = try timed { store = try Store(path: path) }
    report("open (and migrate)", opening, 1)
    var seen = 0
    let scan = try timed { try store?.forEachResponse(instrument: instrument) { _, _ in seen += 1 } }
    report("scan (no text, empty body)", scan, seen)
    print(
      String(
        format: "file: %.0f MB; peak RSS %.0f MB", Double((try? fileSize(path)) ?? 0) / 1e6, peakResidentMegabytes()))
  }

  /// Wall, user and system seconds of `body`.
  private static func timed(_ body: () throws -> Void) rethrows -> Timing {
    let before = Timing.now()
    let wall = try Measurement.of(bytes: 0, body).seconds
    let after = Timing.now()
    return Timing(wall: wall, user: after.user - before.user, system: after.system - before.system)
  }

  private static func report(_ name: String, _ time: Timing, _ count: Int) {
    print(
      String(
        format: "%@: %.2f s wall, %.2f s CPU (%.2f user + %.2f sys), %.0f responses/s", name, time.wall,
        time.user + time.system, time.user, time.system, Double(count) / time.wall))
  }

  /// Seconds of wall clock and of processor time in user and kernel mode.
  struct Timing {
    var wall: Double
    var user: Double
    var system: Double

    /// This process's processor time so far (`getrusage`).
    static func now() -> Timing {
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
      return Timing(wall: 0, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
    }
  }

  /// Synthetic response `index` as a ``Response`` to ``instrument``.
  static func response(_ index: Int) -> Response {
    let values = SyntheticResponses.response(index)
    var answers: [Answer] = []
    for (question, value) in zip(instrument.questions, values.dropFirst(4)) {
      switch question.type {
      case .single, .scale:
        answers.append(question.options.firstIndex { $0.label == value }.map(Answer.choice) ?? .skipped)
      case .multiple:
        let chosen = value.split(separator: ";").compactMap { part in
          question.options.firstIndex { $0.value == part }
        }
        answers.append(chosen.isEmpty ? .skipped : .choices(ChoiceSet(chosen)))
      case .number:
        answers.append(Double(value).map(Answer.number) ?? .skipped)
      case .text:
        answers.append(value.isEmpty ? .skipped : .text(value))
      }
    }
    return Response(
      id: values[0], submitted: Day(iso: values[1]), attributes: [values[2], values[3]], answers: answers,
      location: SourceLocation(file: "synthetic.csv", line: index + 2))
  }

  /// The benchmark instrument, matching the fields of ``SyntheticResponses``.
  static let instrument: Instrument = {
    func options(_ labels: [String]) -> [Option] { labels.map { Option(value: $0, label: $0) } }
    func question(_ id: String, _ type: Question.Kind, _ labels: [String] = []) -> Question {
      Question(id: id, text: id, type: type, options: options(labels))
    }
    let names = Array(SyntheticResponses.fieldNames.dropFirst(4))
    var questions: [Question] = []
    for name in names[0..<6] { questions.append(question(name, .single, SyntheticResponses.yesSometimesNo)) }
    for name in names[6..<10] { questions.append(question(name, .scale, SyntheticResponses.agreeScale)) }
    questions.append(question(names[10], .multiple, SyntheticResponses.activities))
    questions.append(question(names[11], .multiple, SyntheticResponses.worries))
    questions.append(question(names[12], .multiple, SyntheticResponses.helpers))
    questions.append(question(names[13], .scale, (1...10).map(String.init)))
    questions.append(question(names[14], .scale, SyntheticResponses.agreeScale))
    questions.append(question(names[15], .number))
    questions.append(question(names[16], .number))
    for name in names[17..<20] { questions.append(question(name, .text)) }
    return Instrument(
      id: "benchmark-survey", title: "Benchmark survey",
      respondent: RespondentFields(
        id: "response_id", submitted: "submitted",
        attributes: [
          Attribute(id: "age_band", label: "Age band", values: options(SyntheticResponses.ageBands)),
          Attribute(id: "placement", label: "Placement", values: options(SyntheticResponses.placements)),
        ]),
      questions: questions)
  }()
}
