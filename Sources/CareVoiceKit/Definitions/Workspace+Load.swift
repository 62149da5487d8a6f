import Foundation
import SurveyFormats

/// The text of one definition file and the path it is named by in messages.
public struct DefinitionFile: Sendable, Hashable {
  /// The file's path as diagnostics should print it (`surveys/instruments/foster-carers.yaml`).
  public var path: String
  /// The file's whole text.
  public var text: String

  /// A definition file with this path and text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

extension Workspace {
  /// Reads every definition in a workspace folder and checks them, together and one by one.
  ///
  /// Reads `instruments/*.yaml`, `codebooks/*.yaml` and `pledges/*.yaml` (`.yml` too) in
  /// name order, and `redaction.yaml` when there is one. Throws every error found in any
  /// file, warnings included; on success the warnings are in ``warnings``.
  public static func load(from directory: String) throws(DefinitionErrors) -> Workspace {
    var problems: [Diagnostic] = []
    let folders = ["instruments", "codebooks", "pledges"]
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
      throw DefinitionErrors([
        .error(
          at: SourceLocation(file: directory, line: 1),
          "there is no workspace folder here; give --workspace the folder that holds instruments/, codebooks/ and pledges/"
        )
      ])
    }
    var files: [[DefinitionFile]] = []
    for folder in folders {
      files.append(readFolder(join(directory, folder), problems: &problems))
    }
    if folders.allSatisfy({ !FileManager.default.fileExists(atPath: join(directory, $0)) }) {
      problems.append(
        .error(
          at: SourceLocation(file: directory, line: 1),
          "this folder holds no instruments/, codebooks/ or pledges/ folder; is it the workspace?"))
    }
    let redactionPath = join(directory, "redaction.yaml")
    let redaction =
      FileManager.default.fileExists(atPath: redactionPath) ? readFile(redactionPath, problems: &problems) : nil
    guard problems.isEmpty else { throw DefinitionErrors(problems) }
    return try parse(
      directory: directory, instruments: files[0], codebooks: files[1], pledges: files[2], redaction: redaction)
  }

  /// Checks definition files given as text, as ``load(from:)`` does once it has read them.
  public static func parse(
    directory: String, instruments: [DefinitionFile], codebooks: [DefinitionFile] = [],
    pledges: [DefinitionFile] = [], redaction: DefinitionFile? = nil
  ) throws(DefinitionErrors) -> Workspace {
    var check = CrossCheck(
      instruments: instruments.map { Instrument.read(yaml: $0.text, file: $0.path) },
      codebooks: codebooks.map { Codebook.read(yaml: $0.text, file: $0.path) })
    var pledgeSources = pledges.map { Pledge.read(yaml: $0.text, file: $0.path) }
    check.run(pledges: &pledgeSources)
    var diagnostics = check.diagnostics
    var workspace = Workspace(directory: directory)
    if let redaction {
      let (list, problems) = RedactionList.read(yaml: redaction.text, file: redaction.path)
      diagnostics += problems
      workspace.redaction = list ?? RedactionList()
    }
    workspace.instruments = check.instruments.compactMap(\.instrument)
    workspace.codebooks = check.codebooks.compactMap(\.codebook)
    workspace.pledges = pledgeSources.compactMap(\.pledge)
    let sorted = diagnostics.enumerated().sorted { lhs, rhs in
      (lhs.element.location.file, lhs.element.location.line, lhs.offset)
        < (rhs.element.location.file, rhs.element.location.line, rhs.offset)
    }.map(\.element)
    guard !sorted.contains(where: \.isError) else { throw DefinitionErrors(sorted) }
    workspace.warnings = sorted
    return workspace
  }

  private static func readFolder(_ folder: String, problems: inout [Diagnostic]) -> [DefinitionFile] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      .compactMap { readFile(join(folder, $0), problems: &problems) }
  }

  private static func readFile(_ path: String, problems: inout [Diagnostic]) -> DefinitionFile? {
    guard let data = FileManager.default.contents(atPath: path) else {
      problems.append(
        .error(at: SourceLocation(file: path, line: 1), "this file cannot be opened; check that you may read it"))
      return nil
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      problems.append(
        .error(
          at: SourceLocation(file: path, line: 1),
          "this file is not UTF-8 text; open it in a text editor and save it again as UTF-8"))
      return nil
    }
    return DefinitionFile(path: path, text: text)
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
