import GRDB

/// Stores the responses of one batch as the caller reads them, inside the batch's transaction.
///
/// Handed to the closure of ``Store/loadBatch(_:_:)``, and usable only while it runs.
public final class BatchWriter {
  /// Whether the closure wants the batch kept or thrown away.
  public enum Decision: Sendable {
    /// Keep every response added.
    case commit
    /// Store nothing of the batch (`--on-error reject` after an error).
    case rollback
  }

  /// What became of one response.
  public enum Addition: Sendable, Equatable {
    case added
    /// Its id had been loaded before for the instrument, in an earlier batch or earlier in this one.
    case duplicate
  }

  /// The counts so far.
  public private(set) var counts = BatchCounts()

  let batchID: Int64
  private let path: String
  private let instrumentNumber: Int64
  private let attributes: [Attribute]
  private let questionCount: Int
  private let insertResponse: RawStatement
  private let insertText: RawStatement
  var isOpen = true
  /// The periods seen, with their labels and counts: few per batch, so a list beats hashing per response.
  private(set) var periods: [(period: Period, label: String, responses: Int)] = []
  private var answerBytes: [UInt8] = []
  private var textBytes: [UInt8] = []
  private var attributeBytes: [UInt8] = []
  private var dayBytes: [UInt8] = []

  init(_ db: Database, path: String, batchID: Int64, instrumentNumber: Int64, instrument: Instrument) throws {
    self.path = path
    self.batchID = batchID
    self.instrumentNumber = instrumentNumber
    attributes = instrument.respondent.attributes
    questionCount = instrument.questions.count
    insertResponse = try RawStatement(
      db,
      sql: """
        INSERT INTO response (batch, instrument, response_id, period, submitted, line, attributes, answers)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (instrument, response_id) DO NOTHING
        """)
    insertText = try RawStatement(db, sql: "INSERT INTO response_text (response, texts) VALUES (?1, ?2)")
  }

  /// Stores `response` as belonging to `period`, unless its id was loaded before for the instrument.
  ///
  /// Throws ``StoreError`` when the database fails, or when the response is not
  /// aligned with the instrument the batch was opened with (a carevoice bug).
  @discardableResult
  public func add(_ response: Response, period: Period) throws(StoreError) -> Addition {
    guard isOpen else {
      throw StoreError.misaligned(responseID: response.id, reason: "it was added after its batch was committed")
    }
    guard response.answers.count == questionCount, response.attributes.count == attributes.count else {
      throw StoreError.misaligned(
        responseID: response.id,
        reason: "\(response.answers.count) answers and \(response.attributes.count) attributes for "
          + "\(questionCount) questions and \(attributes.count) attributes")
    }
    PackedAnswers.pack(response.answers, into: &answerBytes, texts: &textBytes)
    PackedAttributes.pack(response.attributes, of: attributes, into: &attributeBytes)
    let slot = periodSlot(period)
    insertResponse.bind(1, batchID)
    insertResponse.bind(2, instrumentNumber)
    insertResponse.bind(3, response.id)
    insertResponse.bind(4, periods[slot].label)
    if let submitted = response.submitted {
      BatchWriter.iso(submitted, into: &dayBytes)
      insertResponse.bindText(5, dayBytes)
    } else {
      insertResponse.bindNull(5)
    }
    insertResponse.bind(6, Int64(response.location.line))
    insertResponse.bind(7, attributeBytes)
    insertResponse.bind(8, answerBytes)
    do {
      try insertResponse.execute()
    } catch {
      throw StoreError.from(error, path: path)
    }
    guard insertResponse.changes == 1 else {
      counts.duplicates += 1
      counts.read += 1
      return .duplicate
    }
    if !textBytes.isEmpty {
      insertText.bind(1, insertResponse.lastInsertedRowID)
      insertText.bind(2, textBytes)
      do {
        try insertText.execute()
      } catch {
        throw StoreError.from(error, path: path)
      }
    }
    periods[slot].responses += 1
    counts.loaded += 1
    counts.read += 1
    return .added
  }

  /// Counts responses the caller left out because they had errors.
  public func countRejected(_ count: Int = 1) {
    counts.rejected += count
    counts.read += count
  }

  /// `YYYY-MM-DD` as bytes: `Day.description` builds several Strings, which a million rows notice.
  private static func iso(_ day: Day, into bytes: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    for (value, width) in [(day.year, 4), (day.month, 2), (day.day, 2)] {
      if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
      var divisor = width == 4 ? 1000 : 10
      while divisor > 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
      }
    }
  }

  private func periodSlot(_ period: Period) -> Int {
    if let slot = periods.firstIndex(where: { $0.period == period }) { return slot }
    periods.append((period, period.description, 0))
    return periods.count - 1
  }
}
