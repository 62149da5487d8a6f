import CareVoiceKit
import Foundation
import SurveyFormats

/// A small review-consultation instrument and responses to it, for the store's tests.
enum StoreFixtures {
  static let yesSometimesNo = [
    Option(value: "yes", label: "Yes", isPositive: true), Option(value: "sometimes", label: "Sometimes"),
    Option(value: "no", label: "No"),
  ]

  /// Five questions, one of each type but scale, and two attributes.
  static let instrument = Instrument(
    id: "child-review", title: "Child review consultation", kind: .reviewConsultation,
    respondent: RespondentFields(
      id: "response_id", submitted: "submitted",
      attributes: [
        Attribute(id: "age_band", label: "Age band", values: [Option(value: "8-12"), Option(value: "13-15")]),
        Attribute(
          id: "placement", label: "Placement", values: [Option(value: "foster"), Option(value: "residential")]),
      ]),
    questions: [
      Question(id: "feel_safe", text: "Do you feel safe where you live?", type: .single, options: yesSometimesNo),
      Question(
        id: "activities", text: "What do you do in your free time?", type: .multiple,
        options: [Option(value: "sport"), Option(value: "music"), Option(value: "drama")]),
      Question(id: "weeks", text: "How many weeks have you lived there?", type: .number),
      Question(id: "change_one", text: "What one thing would you change?", type: .text),
      Question(
        id: "happy", text: "How happy are you?", type: .scale,
        options: (1...5).map { Option(value: String($0), score: Double($0)) }),
    ],
    version: "v1")

  static let q1 = Period.quarter(year: 2025, quarter: 1)
  static let q2 = Period.quarter(year: 2025, quarter: 2)

  /// A response with every kind of answer.
  static func response(
    _ id: String, line: Int = 2, safe: Answer = .choice(0), text: Answer = .text("More time with my mum"),
    age: String? = "13-15"
  ) -> Response {
    Response(
      id: id, submitted: Day(year: 2025, month: 5, day: 14), attributes: [age, "foster"],
      answers: [safe, .choices([0, 2]), .number(12), text, .choice(4)],
      location: SourceLocation(file: "q1.csv", line: line))
  }

  static func header(digest: String = "d1", source: String = "q1.csv", period: Period? = q1) -> BatchHeader {
    BatchHeader(
      instrument: instrument, source: source, dialect: "csv", digest: digest, period: period,
      loadedAt: Date(timeIntervalSince1970: 1_752_485_400))
  }

  /// Loads `responses` as one committed batch and returns it.
  @discardableResult
  static func load(_ responses: [Response], into store: Store, header: BatchHeader = header()) throws -> Batch {
    let result = try store.loadBatch(header) { writer in
      for response in responses { try writer.add(response, period: header.period ?? q1) }
      return .commit
    }
    guard case .loaded(let batch) = result else { throw FixtureError.notLoaded(result) }
    return batch
  }

  /// Every response of the instrument as stored, with its period.
  static func stored(in store: Store, instrument: Instrument = instrument, includeText: Bool = true) throws
    -> [(Response, Period)]
  {
    var all: [(Response, Period)] = []
    try store.forEachResponse(instrument: instrument, includeText: includeText) { all.append(($0, $1)) }
    return all
  }

  enum FixtureError: Error {
    case notLoaded(LoadResult)
  }
}

/// A fresh folder for one test's database, removed afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carevoice-store-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  return try body(folder)
}
