import Foundation
import Testing

@testable import SurveyFormats

/// Everything a ``CSVReader`` made of one input: its rows, its diagnostics as printed, and what it detected.
struct CSVReading: Equatable {
  var rows: [Row]
  var diagnostics: [String]
  var delimiter: UInt8
  var encoding: CSVEncoding

  /// The fields of every row, for tests that look only at values.
  var fields: [[String]] { rows.map(\.fields) }
  /// The line each row starts on.
  var lines: [Int] { rows.map(\.line) }
  /// The lines of the rows marked damaged.
  var damagedLines: [Int] { rows.filter(\.isDamaged).map(\.line) }

  /// Reads `text` (as UTF-8) with `next()`, asking for `chunkSize` bytes at a time.
  init(
    _ text: String, delimiter: UInt8? = nil, limits: CSVLimits = .standard, chunkSize: Int = 1 << 16
  ) throws {
    try self.init(bytes: Array(text.utf8), delimiter: delimiter, limits: limits, chunkSize: chunkSize)
  }

  /// Reads `bytes` with `next()`, asking for `chunkSize` bytes at a time; the file is called `test.csv`.
  init(
    bytes: [UInt8], delimiter: UInt8? = nil, limits: CSVLimits = .standard, chunkSize: Int = 1 << 16
  ) throws {
    let reader = CSVReader(bytes: bytes, name: "test.csv", delimiter: delimiter, limits: limits, chunkSize: chunkSize)
    try self.init(reader)
  }

  /// Reads the fixture `Fixtures/csv/NAME` from its file, asking for `chunkSize` bytes at a time.
  init(fixture name: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16) throws {
    let reader = try CSVReader(
      path: try Self.path(of: name), delimiter: delimiter, limits: .standard, chunkSize: chunkSize)
    try self.init(reader)
    diagnostics = diagnostics.map { $0.replacingOccurrences(of: reader.name, with: name) }
  }

  private init(_ reader: CSVReader) throws {
    var rows: [Row] = []
    while let row = try reader.next() { rows.append(row) }
    self.rows = rows
    diagnostics = reader.diagnostics.map(\.description)
    delimiter = reader.delimiter
    encoding = reader.encoding
  }

  /// The path of the fixture `Fixtures/csv/NAME`.
  static func path(of name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/csv"),
      "missing fixture \(name)")
    return url.path
  }
}
