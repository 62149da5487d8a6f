import Foundation
import SurveyFormats

/// How large an export `validate` and `load` accept before they stop (`--max-file-bytes`, `--max-rows`,
/// `--max-field-bytes`).
///
/// Reading streams, so no limit is about memory alone: they stop a wrong or damaged file (a
/// database dump, a log, a file joined to itself) early and plainly, instead of after hours.
/// Each refusal is an error naming the file and position, and saying which option raises the limit:
///
///     exports/all.csv:1:1: error: this file is 12.0 GB, more than the 10.0 GB limit; check that it is
///     the export you meant, or raise the limit with --max-file-bytes
public struct InputLimits: Sendable, Hashable {
  /// The most bytes one export file may hold (default 10 GB); a folder of submissions is not counted.
  public var maxFileBytes: Int
  /// The most responses one export may hold (default 10,000,000).
  public var maxRows: Int
  /// The most bytes one answer or comment may hold (default 1 MiB).
  public var maxFieldBytes: Int

  /// Limits with these values; each is at least 1.
  public init(maxFileBytes: Int = 10_000_000_000, maxRows: Int = 10_000_000, maxFieldBytes: Int = 1 << 20) {
    self.maxFileBytes = max(1, maxFileBytes)
    self.maxRows = max(1, maxRows)
    self.maxFieldBytes = max(1, maxFieldBytes)
  }

  /// The defaults: far beyond any council's export, small enough to stop a runaway file.
  public static let standard = InputLimits()

  /// The CSV reader's limits: this field limit, and a row limit that is never below it.
  var csv: CSVLimits {
    CSVLimits(maxFieldBytes: maxFieldBytes, maxRowBytes: max(CSVLimits.standard.maxRowBytes, maxFieldBytes + (1 << 20)))
  }

  /// The XML reader's limits: this field limit, and a record limit that is never below it.
  var xml: XMLRecordReader.Limits {
    let standard = XMLRecordReader.Limits.standard
    return XMLRecordReader.Limits(
      maxFieldBytes: maxFieldBytes, maxRecordBytes: max(standard.maxRecordBytes, maxFieldBytes + (1 << 20)))
  }

  /// Refuses a file larger than ``maxFileBytes``; a folder, or a file whose size cannot be told (a pipe), passes.
  public func checkSize(of path: String) throws(InputError) {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = (attributes[.size] as? NSNumber)?.intValue, size > maxFileBytes
    else { return }
    throw .unreadable(
      .error(
        at: SourceLocation(file: path, line: 1, column: 1),
        "this file is \(Self.size(size)), more than the \(Self.size(maxFileBytes)) limit for one export; check "
          + "that it is the export you meant, or raise the limit with --max-file-bytes"))
  }

  /// The error for the response past ``maxRows``, at its line.
  func tooManyRows(at location: SourceLocation) -> InputError {
    .unreadable(
      .error(
        at: SourceLocation(file: location.file, line: location.line, column: 1),
        "this export holds more than \(maxRows) responses, the limit for one export, so nothing of it is "
          + "loaded; check that it is the export you meant, split it into smaller files, or raise the limit "
          + "with --max-rows"))
  }

  /// A size for people: `1 MB`, `10.0 GB`, or bytes below a kilobyte.
  static func size(_ bytes: Int) -> String {
    if bytes < 1_000 { return "\(bytes) bytes" }
    if bytes < 1_000_000 { return "\(bytes / 1_000) KB" }
    if bytes < 1_000_000_000 { return "\(bytes / 1_000_000) MB" }
    let tenths = bytes / 100_000_000
    return "\(tenths / 10).\(tenths % 10) GB"
  }
}
