import FuzzSupport
import SurveyFormats

/// libFuzzer's entry point: reads the bytes as a CSV file, row by row and then through the fast path.
///
/// The first byte picks the delimiter (sniffed, comma, semicolon or tab) and the chunk the reader is fed
/// in is small, so that records straddle chunk boundaries as they do in big files.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  guard let selector = bytes.first else { return 0 }
  let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
  let delimiter = delimiters[Int(selector) % delimiters.count]
  let input = Array(bytes.dropFirst())
  let limits = CSVLimits(maxFieldBytes: 4_096, maxFieldsPerRow: 256, maxRowBytes: 16_384, maxDiagnostics: 50)

  let rows = CSVReader(bytes: input, name: "fuzz.csv", delimiter: delimiter, limits: limits)
  var lastLine = 0
  while let row = try? rows.next() {
    precondition(row.line >= lastLine, "rows come in file order")
    lastLine = row.line
  }
  _ = rows.diagnostics.map(\.description)

  let fast = CSVReader(bytes: input, name: "fuzz.csv", delimiter: delimiter, limits: limits)
  try? fast.forEachRow { row in
    for index in 0..<row.count { _ = row.byteCount(ofField: index) }
    _ = row.fields
  }
  return 0
}

/// The executable's entry point: libFuzzer's loop over `fuzzCSVReader`.
@_cdecl("FuzzCSVReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzCSVReader)
}
