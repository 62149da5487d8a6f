#if canImport(Glibc)
  import Glibc

  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin

  private let systemRead = Darwin.read
#endif

/// The bytes of a CSV file as UTF-8, read a chunk at a time from a file or an array.
///
/// It recognises a byte-order mark at the start, drops it, and transcodes UTF-16
/// to UTF-8 as it goes, carrying an odd byte or half a surrogate pair from one
/// chunk to the next. Bytes that are neither are passed through untouched.
/// UTF-16 without a mark is recognised by its first two characters being ASCII
/// (a zero byte after, or before, each), and a few kinds of file that are never
/// CSV by their signature (``foreignKind``).
final class CSVInput {
  /// A kind of file that starts with a signature no CSV export has.
  enum ForeignKind: Sendable, Hashable {
    case pdf
    case zip
    case oldOffice
    case gzip
    /// Bytes of which more than one in twenty are control characters: a program's own file, or a damaged one.
    case binary
  }

  /// How many bytes are read ahead to recognise the encoding and a file that is not CSV.
  static let leadSize = 512

  /// A read that failed after the file was opened (a disk or network error).
  struct ReadFailure: Error {
    var reason: String
  }

  /// How many bytes one read asks the file (or array) for.
  let chunkSize: Int
  /// The encoding found from the byte-order mark; known after the first ``read(into:capacity:)``.
  private(set) var encoding = CSVEncoding.utf8
  /// The kind of non-CSV file the first bytes show, if any; known after ``lookForByteOrderMark()``.
  private(set) var foreignKind: ForeignKind?

  private var descriptor: Int32 = -1
  /// How many bytes of the file have been read so far, for progress displays.
  private(set) var fileBytesRead = 0
  private var memory: [UInt8] = []
  private var memoryOffset = 0
  private var hasLookedForMark = false
  /// Bytes read while looking for a byte-order mark and not yet handed on.
  private var lead: [UInt8] = []
  /// UTF-16 bytes waiting to be transcoded; holds one odd byte between reads.
  let units: UnsafeMutablePointer<UInt8>
  var unitByteCount = 0
  var highSurrogate: UInt16?

  /// An input reading the file at `path`; a missing file, a folder or one that cannot be read throws.
  init(path: String, chunkSize: Int) throws(InputError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw .cannotOpen(path: path, reason: "it is a folder, not a file")
    }
    self.chunkSize = chunkSize
    self.descriptor = descriptor
    units = .allocate(capacity: chunkSize + 1)
  }

  /// An input reading `bytes`, a chunk at a time as if they were a file.
  init(bytes: [UInt8], chunkSize: Int) {
    self.chunkSize = chunkSize
    memory = bytes
    units = .allocate(capacity: chunkSize + 1)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    units.deallocate()
  }

  /// Writes the next UTF-8 bytes to `destination` (at most `capacity`, which must be at least 16)
  /// and returns how many; 0 only at the end of the input.
  func read(into destination: UnsafeMutablePointer<UInt8>, capacity: Int) throws(ReadFailure) -> Int {
    try lookForByteOrderMark()
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian:
      return try readUTF16(into: destination, capacity: capacity)
    case .utf8, .utf8WithBOM, .windows1252:
      return try readRaw(into: destination, count: min(capacity, chunkSize))
    }
  }

  /// Reads the first bytes and decides the encoding from a byte-order mark, if there is one,
  /// or from the zero bytes of UTF-16 without one; notes a signature that no CSV file has.
  func lookForByteOrderMark() throws(ReadFailure) {
    guard !hasLookedForMark else { return }
    hasLookedForMark = true
    var bytes = [UInt8](repeating: 0, count: Self.leadSize)
    var count = 0
    while count < bytes.count {
      let read = try bytes.withUnsafeMutableBufferPointer { buffer throws(ReadFailure) in
        try readRaw(into: buffer.baseAddress! + count, count: buffer.count - count)
      }
      if read == 0 { break }
      count += read
    }
    lead = Array(bytes[..<count])
    if lead.starts(with: [0xEF, 0xBB, 0xBF]) {
      encoding = .utf8WithBOM
      lead.removeFirst(3)
    } else if lead.starts(with: [0xFF, 0xFE]) {
      encoding = .utf16LittleEndian
      lead.removeFirst(2)
    } else if lead.starts(with: [0xFE, 0xFF]) {
      encoding = .utf16BigEndian
      lead.removeFirst(2)
    } else if lead.count >= 4, lead[0] != 0, lead[0] < 0x80, lead[1] == 0, lead[2] != 0, lead[2] < 0x80, lead[3] == 0 {
      encoding = .utf16LittleEndian
    } else if lead.count >= 4, lead[0] == 0, lead[1] != 0, lead[1] < 0x80, lead[2] == 0, lead[3] != 0, lead[3] < 0x80 {
      encoding = .utf16BigEndian
    } else {
      foreignKind = Self.foreignKind(startingWith: lead)
    }
  }

  /// The kind of file these first bytes are the signature of, if it is one that is never CSV.
  static func foreignKind(startingWith lead: [UInt8]) -> ForeignKind? {
    if lead.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if lead.starts(with: [0x50, 0x4B, 0x03, 0x04]) || lead.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
    if lead.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldOffice }
    if lead.starts(with: [0x1F, 0x8B]) { return .gzip }
    // Text holds tabs and line ends, rarely any other control character; a NUL or two is left to the reader.
    let controls = lead.count { $0 < 0x09 || (0x0E...0x1F).contains($0) || $0 == 0x7F }
    if lead.count >= 32, controls * 20 > lead.count { return .binary }
    return nil
  }

  /// Reads up to `count` bytes as they are in the file; 0 only at its end.
  func readRaw(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(ReadFailure) -> Int {
    if !lead.isEmpty {
      let taken = min(count, lead.count)
      for index in 0..<taken { destination[index] = lead[index] }
      lead.removeFirst(taken)
      return taken
    }
    if descriptor < 0 {
      let taken = min(count, memory.count - memoryOffset)
      guard taken > 0 else { return 0 }
      memory.withUnsafeBufferPointer { source in
        destination.update(from: source.baseAddress! + memoryOffset, count: taken)
      }
      memoryOffset += taken
      return taken
    }
    while true {
      let result = systemRead(descriptor, destination, count)
      if result >= 0 {
        fileBytesRead += result
        return result
      }
      if errno != EINTR { throw ReadFailure(reason: String(cString: strerror(errno))) }
    }
  }
}
