import GRDB

/// The ids of stored blocks, read back to tell a repeated id from a hash collision, and kept for the next comparison.
///
/// Repeated ids usually come in runs (a file overlapping one loaded before, in the same
/// order), so a block read once answers many comparisons. The blocks kept hold at most
/// ``budget`` bytes of ids; past it they are dropped and read again when needed.
final class StoredBlockIDs {
  static let budget = 32 << 20

  private struct Block {
    let bytes: [UInt8]
    let ranges: [Range<Int>]
  }

  private let statement: RawStatement
  private var blocks: [Int64: Block] = [:]
  private var bytesKept = 0

  init(_ db: Database) throws {
    statement = try RawStatement(db, sql: "SELECT ids FROM response_block WHERE id = ?1")
  }

  /// Whether the response at `position` of the stored block `rowID` has the id `id`; throws when the block is damaged.
  func hasID(_ id: UnsafeRawBufferPointer, block rowID: Int64, at position: Int) throws -> Bool {
    let block = try blocks[rowID] ?? read(rowID)
    guard position < block.ranges.count else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
    let range = block.ranges[position]
    guard range.count == id.count else { return false }
    return block.bytes.withUnsafeBytes { stored in
      id.elementsEqual(UnsafeRawBufferPointer(rebasing: stored[range]))
    }
  }

  private func read(_ rowID: Int64) throws -> Block {
    statement.reset()
    statement.bind(1, rowID)
    guard try statement.step() else { throw DatabaseError(resultCode: .SQLITE_CORRUPT) }
    let bytes = Array(statement.bytes(0))
    statement.reset()
    guard let ranges = bytes.withUnsafeBytes(StoredBlockIDs.ranges) else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT)
    }
    if bytesKept + bytes.count > StoredBlockIDs.budget {
      blocks.removeAll()
      bytesKept = 0
    }
    let block = Block(bytes: bytes, ranges: ranges)
    blocks[rowID] = block
    bytesKept += bytes.count + ranges.count * MemoryLayout<Range<Int>>.stride
    return block
  }

  /// Where each id of a block's `ids` column lies; nil when the bytes are damaged.
  static func ranges(in ids: UnsafeRawBufferPointer) -> [Range<Int>]? {
    var reader = ByteReader(ids)
    var ranges: [Range<Int>] = []
    while !reader.isAtEnd {
      guard let length = reader.varint(), length <= UInt64(ids.count - reader.offset) else { return nil }
      ranges.append(reader.offset..<reader.offset + Int(length))
      reader.offset += Int(length)
    }
    return ranges
  }
}
