import GRDB
import SurveyFormats

extension Store {
  /// Calls `body` with every stored response of `instrument` in `periods` (all when nil), as answers to its current definition.
  ///
  /// Answers are realigned by question id and option value (see ``SnapshotMapping``);
  /// answers the current definition cannot hold count as not shown, and the returned
  /// warnings say how many and where. With `includeText` false the words of text
  /// answers are not read: an answered text question reads `.text("")`. The period
  /// passed is the response's own. Batches come oldest first; a batch's responses come
  /// period by period, earliest first, and in file order within a period.
  ///
  /// `body` must not use this store. For speed one `Response` value is reused: a
  /// copy kept by `body` stays valid but costs an allocation.
  @discardableResult
  public func forEachResponse(
    instrument: Instrument, periods: [Period]? = nil, includeText: Bool = false,
    _ body: (Response, Period) throws -> Void
  ) throws -> [Diagnostic] {
    var losses = LossReport()
    try scanning { db in
      let plan = try ScanPlan(instrument: instrument, periods: periods, db)
      let blocks = try RawStatement(db, sql: "SELECT response_count, ids, responses FROM response_block WHERE id = ?1")
      let texts = try RawStatement(db, sql: "SELECT texts FROM response_block_text WHERE block = ?1")
      var scanner = ResponseScanner(instrument: instrument)
      for entry in plan.entries {
        scanner.start(entry)
        for (id, period) in entry.blocks {
          guard var reader = try read(id, blocks) else { throw StoreError.corrupt(path: path) }
          let words = includeText ? try textsOf(id, texts) : nil
          let intact = try scanner.read(&reader, texts: words, losses: &losses) { try body($0, period) }
          guard intact else { throw StoreError.corrupt(path: path) }
        }
      }
    }
    return losses.diagnostics(instrument: instrument)
  }

  /// Calls `body` with the words of every text answer of `instrument` (of one question when given), reading nothing else.
  ///
  /// For theme coding: the other answers are passed over, not decoded. Only answers to what is now
  /// a `text` question of the definition are given, in the order of ``forEachResponse(instrument:periods:includeText:_:)``.
  public func forEachTextAnswer(
    instrument: Instrument, question: String? = nil, periods: [Period]? = nil, _ body: (TextAnswer) throws -> Void
  ) throws {
    let wanted = question.flatMap { instrument.index(ofQuestion: $0) }
    if question != nil, wanted == nil { return }
    try scanning { db in
      let plan = try ScanPlan(instrument: instrument, periods: periods, db)
      let blocks = try RawStatement(db, sql: "SELECT response_count, ids, responses FROM response_block WHERE id = ?1")
      let texts = try RawStatement(db, sql: "SELECT texts FROM response_block_text WHERE block = ?1")
      var scanner = ResponseScanner(instrument: instrument)
      for entry in plan.entries {
        scanner.start(entry)
        for (id, period) in entry.blocks {
          guard var block = try read(id, blocks), let words = try textsOf(id, texts) else {
            throw StoreError.corrupt(path: path)
          }
          var reader = PackedTexts.Reader(words)
          var answer = TextAnswer(
            responseID: "", question: 0, text: "", period: period, submitted: nil, attributes: [],
            location: SourceLocation(file: entry.source, line: 0))
          for position in 0..<block.count {
            guard let head = block.nextHead(), scanner.readAttributes(&block.records),
              PackedAnswers.skip(entry.mapping.questions.count, in: &block.records)
            else { throw StoreError.corrupt(path: path) }
            var isNewResponse = true
            while let next = reader.nextPosition(), next == position {
              guard let stored = reader.next() else { throw StoreError.corrupt(path: path) }
              let mapping = entry.mapping
              guard stored.question < mapping.questions.count, let current = mapping.questions[stored.question],
                mapping.kinds[stored.question] == .text, wanted == nil || wanted == current
              else { continue }
              if isNewResponse {
                answer.responseID = String(decoding: head.id, as: UTF8.self)
                answer.submitted = head.submitted
                answer.attributes = scanner.response.attributes
                answer.location.line = head.line
                isNewResponse = false
              }
              answer.question = current
              answer.text = stored.words
              try body(answer)
            }
          }
          guard block.isAtEnd, reader.isAtEnd else { throw StoreError.corrupt(path: path) }
        }
      }
    }
  }

  /// Steps `statement` to the block `id` and reads its columns; nil when the block is missing or damaged.
  ///
  /// The reader's bytes are SQLite's, valid until the statement is stepped or reset again.
  private func read(_ id: Int64, _ statement: RawStatement) throws -> BlockReader? {
    statement.reset()
    statement.bind(1, id)
    guard try statement.step() else { return nil }
    let count = statement.int64(0)
    guard count > 0, count <= Int32.max else { return nil }
    return BlockReader(count: Int(count), ids: statement.bytes(1), responses: statement.bytes(2))
  }

  /// The block's packed texts (empty when it has none), valid until the statement is stepped or reset again.
  private func textsOf(_ id: Int64, _ statement: RawStatement) throws -> UnsafeRawBufferPointer? {
    statement.reset()
    statement.bind(1, id)
    return try statement.step() ? statement.bytes(0) : UnsafeRawBufferPointer(start: nil, count: 0)
  }

  /// Runs a read, turning every failure into a ``StoreError``.
  private func scanning(_ body: (Database) throws -> Void) throws {
    do {
      try queue.read(body)
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw StoreError.from(error, path: path)
    } catch let error as DecodingError {
      throw StoreError.failed(path: path, reason: "a stored definition cannot be read (\(error))")
    }
  }
}
