import Foundation

/// `carevoice-bench generate-csv OUT.csv [--responses N]`: writes the synthetic responses as one CSV file.
///
/// The header is ``SyntheticResponses/fieldNames``. A field holding a comma, a quote or a line
/// break is quoted, as RFC 4180 requires; the text and multiple-choice columns are quoted
/// whatever they hold, and so is every value in every seventh row, because real exports mix
/// both styles. The file is written through a 1 MiB buffer, never held whole in memory.
enum CSVGenerator {
  /// The columns quoted even when they need not be: the multiple-choice and free-text answers.
  static let alwaysQuoted: Set<String> = [
    "activities", "worries", "helped_by", "going_well", "change_one", "anything_else",
  ]

  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else {
      throw Usage("usage: carevoice-bench generate-csv OUT.csv [--responses N]")
    }
    let responses = try option("--responses", in: arguments) ?? 1_000_000
    let quotedColumns = SyntheticResponses.fieldNames.map(alwaysQuoted.contains)
    var output = try BufferedOutput(path: path)
    let clock = ContinuousClock()
    let started = clock.now
    write(SyntheticResponses.fieldNames, quoting: quotedColumns.map { _ in false }, to: &output)
    for index in 0..<responses {
      let quoting = index % 7 == 3 ? quotedColumns.map { _ in true } : quotedColumns
      write(SyntheticResponses.response(index), quoting: quoting, to: &output)
    }
    try output.close()
    let elapsed = started.duration(to: clock.now)
    let size = try fileSize(path)
    let megabytes = String(format: "%.1f", Double(size) / 1e6)
    print("wrote \(path): \(responses) responses, \(size) bytes (\(megabytes) MB) in \(elapsed)")
  }

  /// Appends one CSV record, CRLF-terminated as Excel and most survey tools write it.
  static func write(_ values: [String], quoting: [Bool], to output: inout BufferedOutput) {
    for (index, value) in values.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      let needsQuotes = value.utf8.contains { (byte: UInt8) -> Bool in
        byte == 44 || byte == 34 || byte == 10 || byte == 13  // , " LF CR
      }
      if needsQuotes || quoting[index] {
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
          if byte == UInt8(ascii: "\"") { output.append(byte) }
          output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
      } else {
        output.append(contentsOf: value.utf8)
      }
    }
    output.append(13)
    output.append(10)
  }

  /// The integer after `name` in `arguments`, or nil when `name` is absent.
  static func option(_ name: String, in arguments: [String]) throws -> Int? {
    guard let index = arguments.firstIndex(of: name) else { return nil }
    guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value >= 0 else {
      throw Usage("\(name) needs a whole number")
    }
    return value
  }
}

extension CSVGenerator {
  /// A mistake in a benchmark command's arguments, or a file it cannot create.
  struct Usage: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
  }

  /// A file written through a fixed 1 MiB buffer.
  struct BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20

    init(path: String) throws {
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw Usage("cannot create \(path)") }
      self.handle = handle
      buffer.reserveCapacity(capacity)
    }

    mutating func append(_ byte: UInt8) {
      buffer.append(byte)
      if buffer.count >= capacity { flush() }
    }

    mutating func append(contentsOf bytes: String.UTF8View) {
      buffer.append(contentsOf: bytes)
      if buffer.count >= capacity { flush() }
    }

    mutating func flush() {
      handle.write(Data(buffer))
      buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
      flush()
      try handle.close()
    }
  }
}
