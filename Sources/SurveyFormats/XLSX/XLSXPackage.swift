import Foundation
import ZIPFoundation

/// An XLSX workbook's zip package: checks that a file is one, and inflates its parts within size limits.
struct XLSXPackage {
  /// The file name used in diagnostics.
  let name: String
  /// The sizes past which parts are refused.
  let limits: XLSXReader.Limits
  /// The most bytes the sheet or the shared strings may inflate to.
  var maxPartBytes: Int { limits.maxPartBytes }
  /// The package's bytes, which a thread of its own opens again.
  let bytes: ZipBytes
  private let archive: Archive

  /// The package in the file at `path`.
  init(path: String, limits: XLSXReader.Limits) throws(InputError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      throw .cannotOpen(path: path, reason: reason)
    }
    let head = (try? handle.read(upToCount: 8)) ?? Data()
    try? handle.close()
    try self.init(name: path, head: head, limits: limits, bytes: .file(path))
  }

  /// The package held in `data`, named `name` in diagnostics.
  init(data: Data, name: String, limits: XLSXReader.Limits) throws(InputError) {
    try self.init(name: name, head: data.prefix(8), limits: limits, bytes: .memory(data))
  }

  private init(
    name: String, head: Data, limits: XLSXReader.Limits, bytes: ZipBytes
  ) throws(InputError) {
    self.name = name
    self.limits = limits
    self.bytes = bytes
    let location = SourceLocation(file: name, line: 1)
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw .unreadable(
        .error(
          at: location,
          "this is not an XLSX workbook: it is an old Excel 97-2003 (.xls) file or a workbook with a password;"
            + " open it in Excel and save it again as .xlsx, without a password"))
    }
    guard head.starts(with: [0x50, 0x4B]) else {
      throw .unreadable(
        .error(
          at: location,
          "this is not an XLSX workbook: it is not a zip package, as .xlsx files are; open it in Excel and save it"
            + " again as .xlsx (Excel Workbook)"))
    }
    guard let archive = try? bytes.archive() else {
      throw .unreadable(
        .error(
          at: location,
          "this workbook is damaged or cut short: its zip package has no readable table of contents; copy or"
            + " download it again, or open it in Excel and save it again as .xlsx"))
    }
    self.archive = archive
  }

  /// Whether the package has a part at `path`.
  func contains(_ path: String) -> Bool {
    archive[path] != nil
  }

  /// The size the part at `path` claims to inflate to; the claim is checked again while inflating.
  func declaredSize(of path: String) -> UInt64 {
    archive[path]?.uncompressedSize ?? 0
  }

  /// A part that describes the workbook (not its sheet or shared strings) at `path`, inflated whole;
  /// nil when the package has none.
  func part(_ path: String) throws(InputError) -> Data? {
    guard let entry = archive[path] else { return nil }
    let limit = limits.maxLayoutPartBytes
    guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path, limit: limit) }
    var data = Data()
    var isTooLarge = false
    do {
      try bytes.inflate(entry) { chunk in
        guard data.count + chunk.count <= limit else {
          isTooLarge = true
          throw ZipEntryStream.Failure.tooLarge
        }
        data.append(chunk)
      }
    } catch {
      throw isTooLarge ? tooLarge(path, limit: limit) : damaged(path)
    }
    return data
  }

  /// The refusal of a part that inflates past `limit` (the sheet's limit unless told).
  func tooLarge(_ path: String, limit: Int? = nil) -> InputError {
    let megabytes = (limit ?? maxPartBytes) / (1 << 20)
    return .unreadable(
      .error(
        at: SourceLocation(file: name, line: 1),
        "this workbook's part \(path) unpacks to more than \(megabytes) MB; no survey export is that big, and"
          + " files built to exhaust memory look like this, so carevoice does not read it — export the responses"
          + " again"))
  }

  /// The refusal of a part that cannot be inflated.
  func damaged(_ path: String) -> InputError {
    .unreadable(
      .error(
        at: SourceLocation(file: name, line: 1),
        "this workbook is damaged: its part \(path) cannot be unpacked; open it in Excel and save it again"))
  }
}
