#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The byte-level RFC 4180 state machine behind ``CSVReader``: it finds the fields of one record
/// at a time in a buffer it reuses, and keeps a record that runs past the buffer by moving it to the front.
///
/// Its memory is raw and released by ``release()``; only ``CSVReader`` owns one, and never copies it.
struct CSVScanner {
  static let quote = UInt8(ascii: "\"")
  static let carriageReturn = UInt8(ascii: "\r")
  static let lineFeed = UInt8(ascii: "\n")

  /// A quote that opened a field and never closed; the scan reads it as text the next time round.
  struct LiteralQuote: Hashable {
    /// Where the quote is, counted from the start of the record.
    var offset: Int
    var line: Int
    var column: Int
    /// The field limit it ran past, or nil when it ran to the end of the file.
    var limit: Int?
  }

  /// A field (0-based) at whose end the line had moved on, because a quoted field held a line break.
  struct LineChange: Hashable {
    var field: Int
    var line: Int
  }

  private(set) var delimiter = UInt8(ascii: ",")
  let limits: CSVLimits
  let chunkSize: Int

  /// Bytes allocated past `capacity`: the 0 after the last byte read, and room to read a word past it.
  static let padding = 9

  /// The buffer: `bytes[position..<end]` is input not yet scanned and `bytes[end]` is always 0,
  /// so that the byte loops stop there without checking the index.
  var bytes: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var position = 0
  var end = 0
  var isInputExhausted = false
  /// The line the scan has reached, from 1.
  var line = 1
  /// Whether the last line ended with a carriage return, so that a line feed right after it is part of that end.
  var skipsLineFeed = false
  /// Nonzero where a byte loop must stop: 256 entries for unquoted fields, then 256 for quoted ones.
  let stops: UnsafeMutablePointer<UInt8>

  // The record scanned last.
  var recordStart = 0
  var recordEnd = 0
  var recordLine = 1
  var fieldCount = 0
  /// The content of field `i` is `base[bounds[2 * i]..<bounds[2 * i + 1]]`.
  var bounds: UnsafeMutablePointer<Int>
  var boundsCapacity: Int
  /// `bytes`, or `recoded` when a field of the record was decoded from Windows-1252.
  var base: UnsafeMutablePointer<UInt8>
  var recoded: UnsafeMutablePointer<UInt8>
  var recodedCapacity = 0
  var escapedFields: [Int] = []
  var problems: [CSVProblem] = []
  var literalQuotes: [LiteralQuote] = []
  var lineChanges: [LineChange] = []
  var lastFieldLine = 1
  var hasNulByte = false

  init(limits: CSVLimits, chunkSize: Int) {
    self.limits = limits
    self.chunkSize = chunkSize
    capacity = 2 * max(chunkSize, 16)
    bytes = .allocate(capacity: capacity + Self.padding)
    bytes.initialize(repeating: 0, count: capacity + Self.padding)
    base = bytes
    recoded = .allocate(capacity: 0)
    boundsCapacity = min(64, limits.maxFieldsPerRow)
    bounds = .allocate(capacity: 2 * boundsCapacity)
    stops = .allocate(capacity: 512)
    setDelimiter(delimiter)
  }

  /// Frees the buffers; the scanner cannot be used afterwards.
  func release() {
    bytes.deallocate()
    recoded.deallocate()
    bounds.deallocate()
    stops.deallocate()
  }

  /// Uses `delimiter` between fields from now on.
  mutating func setDelimiter(_ delimiter: UInt8) {
    self.delimiter = delimiter
    stops.initialize(repeating: 0, count: 512)
    for stop in [delimiter, Self.carriageReturn, Self.lineFeed, 0] { stops[Int(stop)] = 1 }
    for stop in [Self.quote, Self.carriageReturn, Self.lineFeed, 0] { stops[256 + Int(stop)] = 1 }
  }

  /// Keeps the bytes from `start` on, reads more input after them, and returns how far they moved back.
  ///
  /// The kept bytes move to the front of the buffer, and the fields found so far and `recordStart`
  /// with them; the buffer grows when less than a chunk is free.
  mutating func refill(keepingFrom start: Int, input: CSVInput) throws(CSVProblem) -> Int {
    let kept = end - start
    if start > 0 {
      memmove(bytes, bytes + start, kept)
      for index in 0..<(2 * fieldCount) { bounds[index] -= start }
      recordStart -= start
    }
    let wanted = max(chunkSize, 16)
    if capacity - kept < wanted {
      let grownCapacity = max(2 * capacity, kept + wanted)
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: grownCapacity + Self.padding)
      grown.initialize(repeating: 0, count: grownCapacity + Self.padding)
      grown.update(from: bytes, count: kept)
      bytes.deallocate()
      bytes = grown
      capacity = grownCapacity
    }
    let read: Int
    do {
      read = try input.read(into: bytes + kept, capacity: capacity - kept)
    } catch {
      throw .readFailed(line: line, reason: error.reason)
    }
    end = kept + read
    bytes[end] = 0
    if read == 0 { isInputExhausted = true }
    return start
  }

  /// Makes room for more field bounds, or throws when the row already has as many fields as the limit allows.
  mutating func growBounds() throws(CSVProblem) {
    guard fieldCount < limits.maxFieldsPerRow else {
      throw .tooManyFields(line: recordLine, limit: limits.maxFieldsPerRow)
    }
    boundsCapacity = min(2 * boundsCapacity, limits.maxFieldsPerRow)
    let grown = UnsafeMutablePointer<Int>.allocate(capacity: 2 * boundsCapacity)
    grown.update(from: bounds, count: 2 * fieldCount)
    bounds.deallocate()
    bounds = grown
  }

  /// The line on which field `field` (0-based) of the last record starts.
  func line(ofField field: Int) -> Int {
    var result = recordLine
    for change in lineChanges where change.field < field { result = change.line }
    return result
  }
}
