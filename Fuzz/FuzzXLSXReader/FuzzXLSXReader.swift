import Foundation
import FuzzSupport
import SurveyFormats

/// The workbook is read from a file, as `carevoice` reads it. (Read from memory, a damaged zip makes
/// ZIPFoundation's `Archive(data:)` leak its in-memory file when it throws — found here with
/// xlsx-truncated.xlsx; carevoice never opens a workbook from memory.)
let scratch: String = {
  let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  return (folder as NSString).appendingPathComponent("carevoice-fuzz-\(getpid()).xlsx")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSXReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes: start, count: count)) else { return 0 }
  defer { try? FileManager.default.removeItem(atPath: scratch) }
  let limits = XLSXReader.Limits(maxPartBytes: 1 << 20, maxSharedStringBytes: 1 << 20, maxLayoutPartBytes: 1 << 20)
  guard var reader = try? XLSXReader(path: scratch, limits: limits) else { return 0 }
  while let row = try? reader.next() {
    _ = row.fields.count
  }
  _ = reader.diagnostics.map(\.description)
  return 0
}

@_cdecl("FuzzXLSXReader_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzXLSXReader)
}
