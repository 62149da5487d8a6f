import Foundation
import ZIPFoundation

/// The bytes of a workbook's zip package, in a file or in memory, and each entry inflated from them.
///
/// ZIPFoundation reads the table of contents and inflates, but its own `Archive.extract` is not used: on
/// Linux, 0.9.20 spins forever on a deflate stream cut short before the end of the file, asking for bytes past
/// its end (weichsel/ZIPFoundation#389). Here its inflater is fed only the entry's own compressed bytes, so a
/// cut-short stream ends in a damaged part.
enum ZipBytes: Sendable {
  case file(String)
  case memory(Data)

  private static let chunkSize = 64 * 1024

  /// The package's table of contents.
  func archive() throws -> Archive {
    switch self {
    case .file(let path): try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    case .memory(let data): try Archive(data: data, accessMode: .read)
    }
  }

  /// Hands `consume` the entry's uncompressed bytes a chunk at a time; throws `.damaged` when they cannot be
  /// inflated, end early, or do not match the entry's checksum, and passes on what `consume` throws.
  func inflate(_ entry: Entry, _ consume: (Data) throws -> Void) throws {
    guard let start = Self.dataOffset(of: entry) else { throw ZipEntryStream.Failure.damaged }
    let reader = try ChunkReader(self, from: start, count: entry.compressedSize)
    var checksum: CRC32 = 0
    if entry.isCompressed {
      // The inflater tells zlib every chunk is chunkSize long, so the last is padded to it with zeros, which a
      // stream that ends in its own bytes never reads. One that has not ended asks for another chunk: damaged.
      checksum = try Data.decompress(
        size: Int64(entry.compressedSize), bufferSize: Self.chunkSize, skipCRC32: false,
        provider: { _, _ in
          guard var chunk = try reader.next(Self.chunkSize) else { throw ZipEntryStream.Failure.damaged }
          chunk.append(Data(count: Self.chunkSize - chunk.count))
          return chunk
        },
        consumer: consume)
    } else {
      while let chunk = try reader.next(Self.chunkSize) {
        checksum = chunk.crc32(checksum: checksum)
        try consume(chunk)
      }
    }
    guard checksum == entry.checksum else { throw ZipEntryStream.Failure.damaged }
  }

  /// Where the entry's compressed bytes start, just after its local header.
  ///
  /// ZIPFoundation keeps the header's offset and lengths internal, so they are read by reflection; nil for a
  /// ZIP64 offset (a package over 4 GB, far past any limit) or if a new ZIPFoundation renames them (a test
  /// checks them against Python's zipfile).
  static func dataOffset(of entry: Entry) -> UInt64? {
    let mirror = Mirror(reflecting: entry)
    guard let header = mirror.descendant("centralDirectoryStructure", "relativeOffsetOfLocalHeader") as? UInt32,
      header != .max,
      let nameLength = mirror.descendant("localFileHeader", "fileNameLength") as? UInt16,
      let extraLength = mirror.descendant("localFileHeader", "extraFieldLength") as? UInt16
    else { return nil }
    return UInt64(header) + 30 + UInt64(nameLength) + UInt64(extraLength)
  }
}

/// Reads one entry's compressed bytes, and no more, from a package's bytes.
private final class ChunkReader {
  private let handle: FileHandle?
  private let data: Data?
  private var position: UInt64
  private let end: UInt64

  init(_ bytes: ZipBytes, from start: UInt64, count: UInt64) throws {
    (position, end) = (start, start + count)
    switch bytes {
    case .file(let path):
      guard let handle = FileHandle(forReadingAtPath: path) else { throw ZipEntryStream.Failure.damaged }
      try handle.seek(toOffset: start)
      (self.handle, data) = (handle, nil)
    case .memory(let data):
      (handle, self.data) = (nil, data)
    }
  }

  deinit {
    try? handle?.close()
  }

  /// Up to `size` more of the entry's bytes; nil at its end; `.damaged` if the package ends before it does.
  func next(_ size: Int) throws -> Data? {
    let count = Int(min(UInt64(size), end - position))
    guard count > 0 else { return nil }
    let chunk: Data
    if let handle {
      chunk = try handle.read(upToCount: count) ?? Data()
    } else if let data, position + UInt64(count) <= UInt64(data.count) {
      let from = data.startIndex + Int(position)
      chunk = Data(data[from..<from + count])
    } else {
      chunk = Data()
    }
    guard chunk.count == count else { throw ZipEntryStream.Failure.damaged }
    position += UInt64(count)
    return chunk
  }
}
