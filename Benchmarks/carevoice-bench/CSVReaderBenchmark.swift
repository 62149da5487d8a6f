import Foundation
import SurveyFormats

/// `carevoice-bench csv-reader FILE [--runs N]`: times ``CSVReader`` on a file, both ways.
///
/// The fast path (`forEachRow`) touches every field's bytes in place; the string path (`next()`)
/// makes a `String` of every field. Each is run N times (default 3) and the best run is reported,
/// with the peak resident memory of the process after it.
enum CSVReaderBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else {
      throw CSVGenerator.Usage("usage: carevoice-bench csv-reader FILE [--runs N]")
    }
    let runs = max(1, try CSVGenerator.option("--runs", in: arguments) ?? 3)
    let size = try fileSize(path)
    print("file: \(path), \(size) bytes (\(String(format: "%.1f", Double(size) / 1e6)) MB)")

    var rows = 0
    var checksum = 0
    let fast = try best(of: runs, bytes: size) {
      (rows, checksum) = try readInPlace(path)
    }
    report("forEachRow (bytes in place)", fast, rows: rows, detail: "field bytes \(checksum)")

    let strings = try best(of: runs, bytes: size) {
      (rows, checksum) = try readStrings(path)
    }
    report("next() (a String per field)", strings, rows: rows, detail: "field bytes \(checksum)")
  }

  /// Reads every row in place; returns the rows and the sum of every field's byte count and first byte.
  static func readInPlace(_ path: String) throws -> (Int, Int) {
    let reader = try CSVReader(path: path)
    var rows = 0
    var total = 0
    try reader.forEachRow { row in
      rows += 1
      for index in 0..<row.count {
        total &+= row.withField(index) { $0.count &+ Int($0.first ?? 0) }
      }
    }
    if !reader.diagnostics.isEmpty {
      print("  \(reader.diagnostics.count) diagnostics, first: \(reader.diagnostics[0])")
    }
    return (rows, total)
  }

  /// Reads every row as strings; returns the rows and the sum of every field's UTF-8 count and first byte.
  static func readStrings(_ path: String) throws -> (Int, Int) {
    let reader = try CSVReader(path: path)
    var rows = 0
    var total = 0
    while let row = try reader.next() {
      rows += 1
      for field in row.fields { total &+= field.utf8.count &+ Int(field.utf8.first ?? 0) }
    }
    return (rows, total)
  }

  /// The fastest of `runs` runs of `body`.
  static func best(of runs: Int, bytes: Int, _ body: () throws -> Void) rethrows -> Measurement {
    var fastest: Measurement?
    for _ in 0..<runs {
      let measurement = try Measurement.of(bytes: bytes, body)
      print(String(format: "  run: %.3f s, %.1f MB/s", measurement.seconds, measurement.megabytesPerSecond))
      if fastest.map({ measurement.seconds < $0.seconds }) ?? true { fastest = measurement }
    }
    return fastest!
  }

  static func report(_ name: String, _ measurement: Measurement, rows: Int, detail: String) {
    let figures = String(
      format: "best %.3f s, %.1f MB/s, peak RSS %.1f MB", measurement.seconds, measurement.megabytesPerSecond,
      peakResidentMegabytes())
    print("\(name): \(rows) records (header included), \(figures) (\(detail))")
  }
}
