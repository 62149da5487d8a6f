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
final class CSVInput {
  /// A read that failed after the file was opened (a disk or network error).
  struct ReadFailure: Error {
    var reason: String
  }

  /// How many bytes one read asks the file (or array) for.
  let chunkSize: Int
  /// The encoding found from the byte-order mark; known after the first ``read(into:capacity:)``.
  private(set) var encoding = CSVEncoding.utf8

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
    if !hasLookedForMark { try lookForByteOrderMark() }
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian:
      return try readUTF16(into: destination, capacity: capacity)
    case .utf8, .utf8WithBOM, .windows1252:
      return try readRaw(into: destination, count: min(capacity, chunkSize))
    }
  }

  /// Reads the first bytes and decides the encoding from a byte-order mark, if there is one.
  private func lookForByteOrderMark() throws(ReadFailure) {
    hasLookedForMark = true
    var bytes = [UInt8](repeating: 0, count: 3)
    var count = 0
    while count < 3 {
      let read = try bytes.withUnsafeMutableBufferPointer { buffer throws(ReadFailure) in
        try readRaw(into: buffer.baseAddress! + count, count: 3 - count)
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
    }
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
