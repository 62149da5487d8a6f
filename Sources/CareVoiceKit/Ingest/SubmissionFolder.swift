import Foundation
import SurveyFormats

/// A folder of ODK/Kobo submission files read as one stream of records, one record per file.
///
/// Files are read in name order; ``name`` is the file being read, so that every
/// diagnostic names the submission it is about.
struct SubmissionFolder: RecordSource {
  private let files: [String]
  private var position = 0
  private var finishedDiagnostics: [Diagnostic] = []
  private var finishedBytes = 0
  private var current: XMLRecordReader?

  /// The submissions in a folder: every `.xml` file in it, not in its subfolders.
  init(path: String, limits: XMLRecordReader.Limits = .standard) throws(InputError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
      throw .unreadable(
        .error(
          at: SourceLocation(file: path, line: 1),
          "--format odk reads an XML submission (.xml) or a folder of them, and this is neither; leave out "
            + "--format, or give the export's own format"))
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .cannotOpen(path: path, reason: "the folder cannot be listed")
    }
    files = names.filter { $0.lowercased().hasSuffix(".xml") }.sorted()
      .map { (path as NSString).appendingPathComponent($0) }
    folder = path
    self.limits = limits
  }

  private let folder: String
  private let limits: XMLRecordReader.Limits

  var name: String { position < files.count ? files[position] : folder }

  var diagnostics: [Diagnostic] { finishedDiagnostics + (current?.diagnostics ?? []) }

  /// The bytes of the files read so far and of the one being read.
  var bytesRead: Int { finishedBytes + (current?.bytesRead ?? 0) }

  mutating func next() throws -> Record? {
    while position < files.count {
      if current == nil {
        do {
          current = try XMLRecordReader(path: files[position], record: .automatic, limits: limits)
        } catch {
          finishedDiagnostics.append(.error(at: SourceLocation(file: files[position], line: 1), "\(error)"))
          position += 1
          continue
        }
      }
      if let record = try current?.next() { return record }
      finishedDiagnostics += current?.diagnostics ?? []
      finishedBytes += current?.bytesRead ?? 0
      current = nil
      position += 1
    }
    return nil
  }

  /// Whether the folder holds no submission file at all.
  var isEmpty: Bool { files.isEmpty }
}
