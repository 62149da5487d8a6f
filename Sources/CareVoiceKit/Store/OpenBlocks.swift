/// The blocks of the batch being loaded that are still filling — one per period — and the instrument's ids.
///
/// A value type held by ``BatchWriter``, so that adding a response is one access to
/// the writer's state rather than one checked access per field.
struct OpenBlocks {
  private(set) var builders: [BlockBuilder] = []
  private var index: ResponseIDIndex
  private var lastSlot = 0
  let capacity: Int
  /// The database file, for errors.
  let path: String

  init(index: ResponseIDIndex, capacity: Int, path: String) {
    self.index = index
    self.capacity = capacity
    self.path = path
  }

  /// Packs the response at `row` of `run`, whose id bytes are `id`, into its period's block unless the id is recorded; false for a repeated id.
  ///
  /// A full block is written to `table` as a row of batch `batch`.
  mutating func add(
    _ run: ResponseRun, at row: Int, id: UnsafeRawBufferPointer, period: Period, storedIDs: StoredBlockIDs,
    table: BlockTable, batch: Int64
  ) throws -> Bool {
    let slot = try slot(of: period)
    var probe = index.probe(index.hash.function(id))
    while let (location, position) = index.next(&probe) {
      switch location {
      case .pending(let other): if builders[other].hasID(id, at: position) { return false }
      case .stored(let rowID): if try storedIDs.hasID(id, block: rowID, at: position) { return false }
      }
    }
    index.insert(probe, ordinal: index.ordinal(block: builders[slot].block, position: builders[slot].count))
    builders[slot].add(run, at: row, id: id)
    if builders[slot].isFull(capacity: capacity) { try write(slot, to: table, batch: batch) }
    return true
  }

  /// Warms the id index for the ids of `run` (``ResponseIDIndex/warm(_:)``).
  mutating func warm(for run: ResponseRun) {
    index.warm(
      run.ids.map { id in
        var id = id
        return id.withUTF8 { index.hash.function(UnsafeRawBufferPointer($0)) }
      })
  }

  /// Writes every block that holds responses; called once, before the batch is committed.
  mutating func writeAll(to table: BlockTable, batch: Int64) throws {
    for slot in builders.indices where builders[slot].count > 0 { try write(slot, to: table, batch: batch) }
  }

  /// Writes the block of a period as one row and opens the next.
  private mutating func write(_ slot: Int, to table: BlockTable, batch: Int64) throws {
    let rowID = try table.insert(builders[slot], batch: batch)
    index.markStored(builders[slot].block, rowID: rowID)
    builders[slot].clear()
    builders[slot].block = try openBlock(slot)
  }

  /// The slot of the period's block, opening one for a period not seen before.
  private mutating func slot(of period: Period) throws -> Int {
    if lastSlot < builders.count, builders[lastSlot].period == period { return lastSlot }
    if let slot = builders.firstIndex(where: { $0.period == period }) {
      lastSlot = slot
      return slot
    }
    builders.append(BlockBuilder(period: period, label: period.description))
    lastSlot = builders.count - 1
    builders[lastSlot].block = try openBlock(lastSlot)
    return lastSlot
  }

  private mutating func openBlock(_ slot: Int) throws -> Int {
    guard let block = index.openBlock(slot: slot, capacity: capacity) else {
      throw StoreError.failed(path: path, reason: "one instrument cannot hold more than 4 billion responses")
    }
    return block
  }
}
