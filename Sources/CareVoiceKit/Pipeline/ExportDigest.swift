import Foundation
import SurveyFormats

/// The SHA-256 that identifies an export's bytes, so that loading the same export twice is noticed.
public enum ExportDigest {
  /// The digest of a file's bytes, or of a folder's export files: each one's name and bytes, in name order.
  public static func of(_ path: String) throws(InputError) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .cannotOpen(path: path, reason: "there is no such file or folder")
    }
    guard isFolder.boolValue else { return SHA256.hex(try SHA256.hash(fileAt: path)) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      throw .cannotOpen(path: path, reason: "the folder cannot be listed")
    }
    var digest = SHA256()
    for name in names {
      digest.update(name)
      digest.update([0])
      digest.update(try SHA256.hash(fileAt: (path as NSString).appendingPathComponent(name)))
    }
    return SHA256.hex(digest.finalize())
  }

  /// The size in bytes of a file, or of every file in a folder, for progress displays.
  public static func size(of path: String) -> Int {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
    let paths =
      isFolder.boolValue
      ? ((try? manager.contentsOfDirectory(atPath: path)) ?? []).map { (path as NSString).appendingPathComponent($0) }
      : [path]
    return paths.reduce(0) { total, file in
      total + ((try? manager.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0)
    }
  }
}
