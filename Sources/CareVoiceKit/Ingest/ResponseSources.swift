import SurveyFormats

/// Opens an export as responses to an instrument, in the dialect given or the one it is recognised as.
public enum ResponseSources {
  /// The responses of a file (or a folder of ODK submissions).
  ///
  /// - Parameters:
  ///   - dialect: the export's dialect; nil recognises it from the file (``Dialect/detect(at:delimiter:)``).
  ///   - delimiter: the CSV delimiter; nil sniffs it.
  ///   - limits: the sizes past which reading stops with an error.
  public static func open(
    _ path: String, instrument: Instrument, dialect: Dialect? = nil, delimiter: UInt8? = nil,
    limits: InputLimits = .standard
  ) throws(InputError) -> any ResponseSource {
    try limits.checkSize(of: path)
    return RowLimitedSource(
      try unlimited(path, instrument: instrument, dialect: dialect, delimiter: delimiter, limits: limits),
      limits: limits)
  }

  private static func unlimited(
    _ path: String, instrument: Instrument, dialect: Dialect?, delimiter: UInt8?, limits: InputLimits
  ) throws(InputError) -> any ResponseSource {
    let chosen: Dialect
    if let dialect {
      chosen = dialect
    } else {
      chosen = try Dialect.detect(at: path, delimiter: delimiter)
    }
    let separator = instrument.separator
    func table(_ layout: TableLayout) throws(InputError) -> any ResponseSource {
      if InputFormat.guess(fromPath: path) == .xlsx {
        return TableResponseReader(
          rows: try XLSXReader(path: path), layout: layout, instrument: instrument, missingCellsAreEmpty: true)
      }
      return TableResponseReader(
        rows: try CSVReader(path: path, delimiter: delimiter, limits: limits.csv), layout: layout,
        instrument: instrument)
    }
    switch chosen {
    case .csv: return try table(.generic(.csv, separator: separator))
    case .xlsx: return try table(.generic(.xlsx, separator: separator))
    case .surveymonkey: return try table(.surveyMonkey)
    case .qualtrics: return try table(.qualtrics)
    case .msforms: return try table(.microsoftForms)
    case .googleforms: return try table(.googleForms)
    case .limesurvey: return try table(.limeSurvey)
    case .kobo: return try table(.kobo)
    case .odk:
      if InputFormat.guess(fromPath: path) == .xml {
        return RecordResponseReader(
          records: try XMLRecordReader(path: path, record: .automatic, limits: limits.xml), layout: .odk,
          instrument: instrument)
      }
      return RecordResponseReader(
        records: try SubmissionFolder(path: path, limits: limits.xml), layout: .odk, instrument: instrument)
    case .xml:
      return RecordResponseReader(
        records: try XMLRecordReader(path: path, record: .automatic, limits: limits.xml),
        layout: .genericXML(separator: separator),
        instrument: instrument)
    }
  }
}
