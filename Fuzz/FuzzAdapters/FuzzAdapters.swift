import CareVoiceKit
import Foundation
import FuzzSupport
import SurveyFormats

/// The bundled workspace's instruments, read once.
let instruments: [Instrument] = {
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let workspace = try? Workspace.load(from: repository.appendingPathComponent("surveys").path)
  return workspace?.instruments.sorted { $0.id < $1.id } ?? []
}()

/// Where each input is written: memory-backed where there is /dev/shm, since the adapters read files.
let scratch: String = {
  let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  return (folder as NSString).appendingPathComponent("carevoice-fuzz-\(getpid())")
}()

/// libFuzzer's entry point: reads the bytes as an export of one of the bundled instruments, in one of the dialects.
///
/// The first byte picks the instrument, the second the dialect (or recognition from the file), the third
/// whether the file is named .csv, .xml or .xlsx; the rest are the file. Every response and diagnostic is read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdapters(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  guard bytes.count >= 3, !instruments.isEmpty else { return 0 }
  let instrument = instruments[Int(bytes[0]) % instruments.count]
  let dialects: [Dialect?] = [nil] + Dialect.allCases
  let dialect = dialects[Int(bytes[1]) % dialects.count]
  let path = scratch + [".csv", ".xml", ".xlsx"][Int(bytes[2]) % 3]
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst(3))) else { return 0 }
  defer { try? FileManager.default.removeItem(atPath: path) }
  guard var source = try? ResponseSources.open(path, instrument: instrument, dialect: dialect) else { return 0 }
  try? source.forEach { read, _ in
    _ = read.response.answers.count
  }
  _ = source.diagnostics.map(\.description)
  return 0
}

/// The executable's entry point: libFuzzer's loop over `fuzzAdapters`.
@_cdecl("FuzzAdapters_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzAdapters)
}
