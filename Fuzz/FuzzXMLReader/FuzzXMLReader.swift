import FuzzSupport
import SurveyFormats

/// libFuzzer's entry point: reads the bytes as an XML export, with records found automatically or named.
///
/// Small limits keep every run quick; what is under test is that no input crashes the reader, hangs it,
/// or makes it read a file or the network (the sanitizer and libFuzzer's timeout catch the first two).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  guard let selector = bytes.first else { return 0 }
  let selection: RecordSelection = selector % 2 == 0 ? .automatic : .named("response")
  let limits = XMLRecordReader.Limits(maxDepth: 64, maxFieldBytes: 4_096, maxRecordBytes: 65_536, maxFieldPaths: 1_000)
  var reader = XMLRecordReader(bytes: Array(bytes.dropFirst()), name: "fuzz.xml", record: selection, limits: limits)
  while let record = try? reader.next() {
    _ = record.fields.count
  }
  _ = reader.diagnostics.map(\.description)
  return 0
}

/// The executable's entry point: libFuzzer's loop over `fuzzXMLReader`.
@_cdecl("FuzzXMLReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzXMLReader)
}
