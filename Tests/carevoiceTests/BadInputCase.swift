import Foundation
import Testing

/// One row of the bad-input corpus (Tests/SurveyFormatsTests/Fixtures/bad/corpus.tsv): a file, how it is run,
/// and what must come of it.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  /// Which commands a row runs.
  enum Command: String, Sendable {
    case validate
    case load
    case both
  }

  var file: String
  var instrument: String
  var command: Command
  var options: [String]
  var exit: Int32
  /// Whether a load stores a batch; otherwise the database must be left exactly as it was.
  var storesBatch: Bool
  /// What stderr must hold right after the file's path; nil when stderr must be empty.
  var diagnostic: String?
  var reason: String

  var testDescription: String { "\(file) \(options.joined(separator: " ")): \(reason)" }

  /// The folder of the corpus.
  static let folder = Repository.root.appendingPathComponent("Tests/SurveyFormatsTests/Fixtures/bad")

  /// Every row of the manifest.
  static let all: [BadInputCase] = {
    let url = folder.appendingPathComponent("corpus.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst(0).compactMap { line in
      guard !line.hasPrefix("#"), !line.hasPrefix("file\t") else { return nil }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count == 8, let command = Command(rawValue: columns[2]), let exit = Int32(columns[4]) else {
        return BadInputCase(
          file: "corpus.tsv", instrument: "", command: .validate, options: [], exit: -1, storesBatch: false,
          diagnostic: "malformed row: \(line)", reason: "a row of the manifest that cannot be read")
      }
      let options = columns[3].isEmpty ? [] : Self.options(columns[3])
      return BadInputCase(
        file: columns[0], instrument: columns[1], command: command, options: options, exit: exit,
        storesBatch: columns[5] == "batch", diagnostic: columns[6] == "-" ? nil : columns[6], reason: columns[7])
    }
  }()

  /// `--period 2025-26 Q4` as two arguments: the option and the rest of the text.
  static func options(_ text: String) -> [String] {
    guard let space = text.firstIndex(of: " ") else { return [text] }
    return [String(text[..<space]), String(text[text.index(after: space)...])]
  }

  /// The path the command is given: the committed file, or one made for this run.
  var path: String {
    file.hasPrefix("@")
      ? GeneratedInputs.folder.appendingPathComponent(String(file.dropFirst())).path
      : Self.folder.appendingPathComponent(file).path
  }

  /// The commands this row runs.
  var commands: [String] {
    switch command {
    case .validate: ["validate"]
    case .load: ["load"]
    case .both: ["validate", "load"]
    }
  }
}
