import Foundation

/// The exports named on a command line: files as given, and the export files inside folders.
public enum ExportFiles {
  /// Each path as given, except that a folder becomes the exports it holds.
  ///
  /// A folder holding `.csv`, `.xlsx` or `.xml` files directly, where the XML files are not
  /// ODK submissions, gives each of those files; a folder of only `.xml` submissions stays one
  /// export (`--format odk` reads it whole); a folder of folders gives what each subfolder gives.
  public static func expand(_ paths: [String]) throws -> [String] {
    var result: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
        result.append(path)
        continue
      }
      result += try expandFolder(path)
    }
    return result
  }

  private static func expandFolder(_ folder: String) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    let paths = names.map { (folder as NSString).appendingPathComponent($0) }
    let tables = paths.filter { [".csv", ".xlsx", ".tsv", ".txt"].contains(where: $0.lowercased().hasSuffix) }
    let xmlFiles = paths.filter { $0.lowercased().hasSuffix(".xml") }
    let subfolders = paths.filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
    var result = tables
    if !xmlFiles.isEmpty {
      let submissions = xmlFiles.filter { (try? Dialect.detect(at: $0)) == .odk }
      if submissions.count == xmlFiles.count, tables.isEmpty {
        result.append(folder)
      } else {
        result += xmlFiles
      }
    }
    for subfolder in subfolders { result += try expandFolder(subfolder) }
    return result
  }
}
