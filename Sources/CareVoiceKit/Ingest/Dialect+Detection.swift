import Foundation
import SurveyFormats

extension Dialect {
  /// The dialect an export is written in, recognised from its signature (research: survey-tool-exports.md §6).
  ///
  /// A folder is a folder of ODK submissions; an XML file whose record has `meta/instanceID`
  /// is an ODK submission; an XLSX or CSV file is told by its header rows.
  public static func detect(at path: String, delimiter: UInt8? = nil) throws(InputError) -> Dialect {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .cannotOpen(path: path, reason: "there is no such file or folder")
    }
    if isDirectory.boolValue { return .odk }
    switch InputFormat.guess(fromPath: path) {
    case .xml:
      var records = try XMLRecordReader(path: path, record: .automatic)
      let first = try? records.next()
      let isSubmission = first?.fields.contains { Names.normalized($0.path).hasSuffix("meta/instanceid") } ?? false
      return isSubmission || looksLikeSubmission(path) ? .odk : .xml
    case .xlsx:
      var rows = try XLSXReader(path: path)
      let header = (try? rows.next())?.fields ?? []
      return isMicrosoftForms(header) ? .msforms : .xlsx
    case .csv:
      let rows = try CSVReader(path: path, delimiter: delimiter)
      var headers: [[String]] = []
      while headers.count < 3, let row = try? rows.next() { headers.append(row.fields) }
      return detect(csvHeaders: headers)
    }
  }

  /// The dialect of a CSV export, from its first three rows.
  static func detect(csvHeaders headers: [[String]]) -> Dialect {
    guard let header = headers.first?.map(Names.normalized) else { return .csv }
    if headers.count >= 3, headers[2].contains(where: { $0.hasPrefix("{\"ImportId\"") }) { return .qualtrics }
    if header.contains("respondent id"), header.contains("collector id") { return .surveymonkey }
    if isMicrosoftForms(headers[0]) { return .msforms }
    if header.first == "timestamp" { return .googleforms }
    if header.contains("_uuid") || header.contains("_submission_time") { return .kobo }
    if header.contains("id"), header.contains("submitdate") { return .limesurvey }
    return .csv
  }

  /// Whether the start of an XML file carries ODK's or Kobo's marks, for a submission cut short before its `meta`.
  private static func looksLikeSubmission(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let start = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
    return ["http://openrosa.org/xforms", "<formhub>", "<__version__>", "<meta>", ":meta>"].contains {
      start.contains($0)
    }
  }

  private static func isMicrosoftForms(_ header: [String]) -> Bool {
    header.prefix(3).map(Names.normalized) == ["id", "start time", "completion time"]
  }
}
