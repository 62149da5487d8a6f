import GRDB
import SurveyFormats

extension Store {
  /// Calls `body` with every stored response of `instrument` in `periods` (all when nil), as answers to its current definition.
  ///
  /// Answers are realigned by question id and option value (see ``SnapshotMapping``);
  /// answers the current definition cannot hold count as not shown, and the returned
  /// warnings say how many and where. With `includeText` false the words of text
  /// answers are not read: an answered text question reads `.text("")`. The period
  /// passed is the response's own. Batches come oldest first, responses in file order.
  ///
  /// `body` must not use this store. For speed one `Response` value is reused: a
  /// copy kept by `body` stays valid but costs an allocation.
  @discardableResult
  public func forEachResponse(
    instrument: Instrument, periods: [Period]? = nil, includeText: Bool = false,
    _ body: (Response, Period) throws -> Void
  ) throws -> [Diagnostic] {
    var losses = LossReport()
    do {
      try queue.read { db in
        let plan = try ScanPlan(instrument: instrument, periods: periods, db)
        let join =
          includeText ? ", t.texts FROM response r LEFT JOIN response_text t ON t.response = r.id" : " FROM response r"
        let statement = try RawStatement(
          db,
          sql: """
            SELECT r.response_id, r.period, r.submitted, r.line, r.attributes, r.answers\(join)
            WHERE r.batch = ?1 ORDER BY r.id
            """)
        var scanner = ResponseScanner(instrument: instrument)
        for entry in plan.entries {
          statement.reset()
          statement.bind(1, entry.id)
          scanner.start(entry)
          while try statement.step() {
            guard let (period, isWanted) = entry.period(labelled: statement.bytes(1)) else {
              throw StoreError.corrupt(path: path)
            }
            guard isWanted else { continue }
            let texts = includeText && !statement.isNull(6) ? statement.bytes(6) : nil
            guard
              scanner.read(
                id: statement.string(0), submitted: statement.isNull(2) ? nil : statement.bytes(2),
                line: Int(statement.int64(3)), attributes: statement.bytes(4), answers: statement.bytes(5),
                texts: texts, losses: &losses)
            else { throw StoreError.corrupt(path: path) }
            try body(scanner.response, period)
          }
        }
      }
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw StoreError.from(error, path: path)
    } catch let error as DecodingError {
      throw StoreError.failed(path: path, reason: "a stored definition cannot be read (\(error))")
    }
    return losses.diagnostics(instrument: instrument)
  }

  /// Calls `body` with the words of every text answer of `instrument` (of one question when given), reading nothing else.
  ///
  /// For theme coding: the other answers are not decoded. Only answers to what is now
  /// a `text` question of the definition are given.
  public func forEachTextAnswer(
    instrument: Instrument, question: String? = nil, periods: [Period]? = nil, _ body: (TextAnswer) throws -> Void
  ) throws {
    let wanted = question.flatMap { instrument.index(ofQuestion: $0) }
    if question != nil, wanted == nil { return }
    do {
      try queue.read { db in
        let plan = try ScanPlan(instrument: instrument, periods: periods, db)
        let statement = try RawStatement(
          db,
          sql: """
            SELECT r.response_id, r.period, r.submitted, r.line, r.attributes, t.texts
            FROM response r JOIN response_text t ON t.response = r.id WHERE r.batch = ?1 ORDER BY r.id
            """)
        var scanner = ResponseScanner(instrument: instrument)
        for entry in plan.entries {
          statement.reset()
          statement.bind(1, entry.id)
          scanner.start(entry)
          while try statement.step() {
            guard let (period, isWanted) = entry.period(labelled: statement.bytes(1)) else {
              throw StoreError.corrupt(path: path)
            }
            guard isWanted else { continue }
            guard scanner.readAttributes(statement.bytes(4)) else { throw StoreError.corrupt(path: path) }
            var textAnswer = TextAnswer(
              responseID: statement.string(0), question: 0, text: "", period: period,
              submitted: statement.isNull(2) ? nil : ResponseScanner.day(statement.bytes(2)),
              attributes: scanner.response.attributes,
              location: SourceLocation(file: entry.source, line: Int(statement.int64(3))))
            let intact = try PackedTexts.forEach(in: statement.bytes(5)) { storedQuestion, words in
              guard storedQuestion < entry.mapping.questions.count,
                let current = entry.mapping.questions[storedQuestion], entry.mapping.kinds[storedQuestion] == .text,
                wanted == nil || wanted == current
              else { return }
              textAnswer.question = current
              textAnswer.text = words
              try body(textAnswer)
            }
            if !intact { throw StoreError.corrupt(path: path) }
          }
        }
      }
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw StoreError.from(error, path: path)
    } catch let error as DecodingError {
      throw StoreError.failed(path: path, reason: "a stored definition cannot be read (\(error))")
    }
  }
}
