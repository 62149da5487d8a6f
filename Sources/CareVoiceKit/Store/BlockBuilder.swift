/// The responses of one batch and one period on their way into one `response_block` row (``BlockLayout``).
///
/// Its buffers are kept and reused from block to block. Each response is written
/// through a pointer into scratch memory and appended to each column at once:
/// appending byte by byte to an array costs a uniqueness check per byte, which a
/// million responses notice.
struct BlockBuilder {
  let period: Period
  /// The period's label, as stored in `response_block.period` and `batch_period.period`.
  let label: String
  /// Responses stored for the period so far in this batch, written blocks included.
  var responses = 0
  /// The block's number in the load's ``ResponseIDIndex``.
  var block = 0
  private(set) var count = 0
  private(set) var ids: [UInt8] = []
  /// Where each id lies in ``ids``, to compare a new id with one of this block.
  private var idRanges: [Range<Int>] = []
  private(set) var records: [UInt8] = [BlockLayout.format]
  private(set) var texts: [UInt8] = []
  private var previousLine = 0

  init(period: Period, label: String) {
    self.period = period
    self.label = label
  }

  /// Packs the response at `index` of `run`, whose id bytes are `id`.
  mutating func add(_ run: ResponseRun, at index: Int, id: UnsafeRawBufferPointer) {
    appendID(id)
    let largest =
      BlockLayout.largestHead + run.questionCount * PackedAnswers.largestEntry
      + PackedAttributes.largest(run, at: index)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: largest) { scratch in
      var out = ByteWriter(scratch)
      putHead(day: BlockLayout.dayCode(run.days[index]), line: run.lines[index], to: &out)
      PackedAttributes.pack(run, at: index, to: &out)
      PackedAnswers.pack(run, at: index, response: count, to: &out, texts: &texts)
      records.append(contentsOf: out.written)
    }
    count += 1
    responses += 1
  }

  /// Adds a response already packed: its attributes and answers as stored by version 1 of the schema.
  mutating func add(
    id: UnsafeRawBufferPointer, day: UInt64, line: Int, attributes: UnsafeRawBufferPointer,
    answers: UnsafeRawBufferPointer, texts moreTexts: [UInt8]
  ) {
    appendID(id)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: BlockLayout.largestHead) { scratch in
      var out = ByteWriter(scratch)
      putHead(day: day, line: line, to: &out)
      records.append(contentsOf: out.written)
    }
    records.append(contentsOf: attributes)
    records.append(contentsOf: answers)
    texts.append(contentsOf: moreTexts)
    count += 1
    responses += 1
  }

  /// Whether the id of the response at `position` is `id`.
  func hasID(_ id: UnsafeRawBufferPointer, at position: Int) -> Bool {
    guard position < idRanges.count, idRanges[position].count == id.count else { return false }
    return ids.withUnsafeBytes { stored in
      id.elementsEqual(UnsafeRawBufferPointer(rebasing: stored[idRanges[position]]))
    }
  }

  /// Whether the block should be written now.
  func isFull(capacity: Int) -> Bool {
    count >= capacity || texts.count >= BlockLayout.textLimit
  }

  /// Empties the block for the next responses of the period, keeping the buffers' memory.
  mutating func clear() {
    count = 0
    previousLine = 0
    ids.removeAll(keepingCapacity: true)
    idRanges.removeAll(keepingCapacity: true)
    records.removeAll(keepingCapacity: true)
    records.append(BlockLayout.format)
    texts.removeAll(keepingCapacity: true)
  }

  private mutating func appendID(_ id: UnsafeRawBufferPointer) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10 + id.count) { scratch in
      var out = ByteWriter(scratch)
      out.putVarint(UInt64(id.count))
      out.put(id)
      ids.append(contentsOf: out.written)
    }
    idRanges.append(ids.count - id.count..<ids.count)
  }

  private mutating func putHead(day: UInt64, line: Int, to out: inout ByteWriter) {
    out.putVarint(day)
    out.putVarint(BlockLayout.zigzag(line &- previousLine))
    previousLine = line
  }
}
