import Foundation
import SurveyFormats

/// Reads an XML export (or a folder of ODK submissions) with ``XMLRecordReader``, touching every value.
///
///     carevoice-bench xml-reader FILE|DIR [--record NAME]
enum XMLReaderBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw XMLGenerator.Usage("give an XML file or a folder of them") }
    var selection = RecordSelection.automatic
    if let flag = arguments.firstIndex(of: "--record"), flag + 1 < arguments.count {
      selection = .named(arguments[flag + 1])
    }
    let files = try inputFiles(path)
    let bytes = try files.reduce(0) { $0 + (try fileSize($1)) }
    var records = 0
    var valueBytes = 0
    var diagnostics: [Diagnostic] = []
    let cpuBefore = processorSeconds()
    let measurement = try Measurement.of(bytes: bytes) {
      for file in files {
        var reader = try XMLRecordReader(path: file, record: selection)
        while let record = try reader.next() {
          records += 1
          for field in record.fields {
            for value in field.values { valueBytes += value.utf8.count }
          }
        }
        diagnostics += reader.diagnostics
      }
    }
    let cpu = processorSeconds()
    for diagnostic in diagnostics.prefix(5) { print(diagnostic) }
    print("xml-reader: \(files.count) file(s), \(bytes) bytes, \(records) records, \(valueBytes) value bytes")
    print(
      String(
        format: "xml-reader: %.3f s, %.1f MB/s, peak RSS %.1f MB", measurement.seconds,
        measurement.megabytesPerSecond, peakResidentMegabytes()))
    print(
      String(
        format: "xml-reader: processor time %.3f s (user %.3f s, system %.3f s)",
        cpu.user + cpu.system - cpuBefore.user
          - cpuBefore.system, cpu.user - cpuBefore.user, cpu.system - cpuBefore.system))
  }

  /// The processor time this process has used so far: the machine may be shared, and wall time then says little.
  private static func processorSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
  }

  private static func inputFiles(_ path: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return [path]
    }
    return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".xml") }.sorted()
      .map { path + "/" + $0 }
  }
}
