import ArgumentParser
import SurveyFormats

/// `carevoice inspect FILE`: prints an export's records as the reader sees them, for checking an export.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Print the records of an export as JSON Lines, to check how carevoice reads it."
  )

  /// How to read the file: its format, or `auto` to go by its name.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case auto, csv, xml, xlsx
  }

  @Argument(help: "The export file (CSV, XML or XLSX).")
  var file: String

  @Option(help: "The file's format: auto (by its name), csv, xml or xlsx.")
  var format: Format = .auto

  @Option(help: "The CSV delimiter: a single character, or 'tab'. Sniffed from the header if not given.")
  var delimiter: String?

  @Option(help: "The XML element that holds one record (default: each child of the root).")
  var record: String?

  func validate() throws {
    if let delimiter, Delimiter.byte(delimiter) == nil {
      throw ValidationError("--delimiter must be one character, such as ',' or ';', or the word 'tab'")
    }
  }

  func run() throws {
    try exitingOnFailure {
      let inputFormat = InputFormat(rawValue: format.rawValue) ?? InputFormat.guess(fromPath: file)
      var records = try inputFormat.records(
        at: file, delimiter: delimiter.flatMap(Delimiter.byte), recordName: record)
      while let record = try records.next() {
        print(record.jsonLine)
      }
      for diagnostic in records.diagnostics { StandardError.print(diagnostic.description) }
      return records.diagnostics.contains(where: \.isError) ? .dataError : .success
    }
  }
}

/// Reads a `--delimiter` value: one ASCII character, or the word `tab`.
enum Delimiter {
  static func byte(_ text: String) -> UInt8? {
    if text.lowercased() == "tab" || text == "\\t" { return UInt8(ascii: "\t") }
    guard text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80 else { return nil }
    return byte
  }
}
