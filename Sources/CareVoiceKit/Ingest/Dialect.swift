/// The export layouts carevoice reads, named as `--format` takes them (DESIGN.md §6).
public enum Dialect: String, Sendable, Hashable, CaseIterable, Codable {
  /// One row per response, a column per question, `multiple` answers joined by the instrument's separator.
  case csv
  /// SurveyMonkey's "All responses" CSV: question text row, then a row of `Response` / option labels.
  case surveymonkey
  /// Qualtrics CSV: column ids, question text, then `{"ImportId":...}` rows.
  case qualtrics
  /// Microsoft Forms CSV or XLSX: `ID, Start time, Completion time, Email, Name, ...`.
  case msforms
  /// Google Forms CSV from Sheets: `Timestamp` first, checkbox answers joined by `, `.
  case googleforms
  /// LimeSurvey CSV: `id, submitdate, lastpage, ...`, `Q2[SQ001]` columns holding `Y`.
  case limesurvey
  /// KoboToolbox CSV: `;`-separated, `group/question` names, `question/option` 0/1 columns.
  case kobo
  /// ODK/Kobo submission XML: one file, or a folder of them.
  case odk
  /// Any XML: records and fields as the XML reader defines them.
  case xml
  /// Any XLSX: the first sheet, a header row, a row per response.
  case xlsx

  /// How the dialect is named to an officer.
  public var title: String {
    switch self {
    case .csv: return "CSV"
    case .surveymonkey: return "SurveyMonkey CSV"
    case .qualtrics: return "Qualtrics CSV"
    case .msforms: return "Microsoft Forms"
    case .googleforms: return "Google Forms CSV"
    case .limesurvey: return "LimeSurvey CSV"
    case .kobo: return "KoboToolbox CSV"
    case .odk: return "ODK/Kobo submission XML"
    case .xml: return "XML"
    case .xlsx: return "XLSX"
    }
  }
}
