import Foundation

/// The table layouts of the survey tools councils export from (research: survey-tool-exports.md).
extension TableLayout {
  /// One header row, a column per question; `question/option` or `question[option]` tick columns allowed.
  static func generic(_ dialect: Dialect = .csv, separator: String) -> TableLayout {
    var layout = TableLayout(dialect: dialect)
    layout.multiple = .separated(by: separator)
    layout.dates = SubmissionDate(order: .dayFirst, acceptsSerialNumbers: dialect == .xlsx)
    return layout
  }

  /// SurveyMonkey "All responses": question text (blank where a question continues), then a row
  /// naming what each column holds — `Response`, `Open-Ended Response`, an option or a matrix row.
  static var surveyMonkey: TableLayout {
    var layout = TableLayout(dialect: .surveymonkey)
    layout.headerRows = 2
    layout.ticks = .label
    layout.dates = SubmissionDate(order: .monthFirst)
    layout.idColumns = ["respondent id"]
    layout.dateColumns = ["end date", "start date"]
    layout.systemColumns = [
      "collector id", "ip address", "email address", "first name", "last name", "custom data 1", "custom data",
      "other (please specify)",
    ]
    layout.columnNames = { headers, column in
      let question = surveyMonkeyQuestion(headers, column)
      let detail = headers[1][safe: column]?.trimmingCharacters(in: .whitespaces) ?? ""
      if detail.isEmpty || ["response", "open-ended response"].contains(detail.lowercased()) {
        return [question]
      }
      return [detail, "\(question) - \(detail)"]
    }
    layout.tickColumn = { headers, column in
      let detail = headers[1][safe: column] ?? ""
      return detail.isEmpty ? nil : (surveyMonkeyQuestion(headers, column), [detail])
    }
    return layout
  }

  /// The question text over a column: its own, or that of the last column that had one.
  private static func surveyMonkeyQuestion(_ headers: [[String]], _ column: Int) -> String {
    var index = column
    while index >= 0 {
      if let text = headers[0][safe: index], !text.trimmingCharacters(in: .whitespaces).isEmpty { return text }
      index -= 1
    }
    return ""
  }

  /// Qualtrics: column ids (`Q1`, `Q2_1`), question text (`Features - Reports` for a split column),
  /// then `{"ImportId":...}`; ticked options hold `1`.
  static var qualtrics: TableLayout {
    var layout = TableLayout(dialect: .qualtrics)
    layout.headerRows = 3
    layout.multiple = .separated(by: ",")
    layout.skippedMarkers = ["-99"]
    layout.idColumns = ["responseid", "response id"]
    layout.dateColumns = ["recordeddate", "recorded date", "enddate", "end date"]
    layout.systemColumns = [
      "startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
      "recordeddate", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
      "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
    ]
    layout.systemSuffixes = ["_text"]
    layout.columnNames = { headers, column in
      [headers[0][safe: column] ?? "", headers[1][safe: column] ?? ""]
    }
    layout.tickColumn = { headers, column in
      let id = headers[0][safe: column] ?? ""
      guard let underscore = id.lastIndex(of: "_") else { return nil }
      let question = String(id[..<underscore])
      let number = String(id[id.index(after: underscore)...])
      let text = headers[1][safe: column] ?? ""
      let label = text.range(of: " - ", options: .backwards).map { String(text[$0.upperBound...]) }
      return (question, [label, number].compactMap { $0 })
    }
    return layout
  }

  /// Microsoft Forms: `ID, Start time, Completion time, Email, Name`, answers joined by `;` with one trailing.
  static var microsoftForms: TableLayout {
    var layout = TableLayout(dialect: .msforms)
    layout.multiple = .separated(by: ";")
    layout.dates = SubmissionDate(order: .dayFirst, acceptsSerialNumbers: true)
    layout.idColumns = ["id"]
    layout.dateColumns = ["completion time", "start time"]
    layout.systemColumns = [
      "start time", "email", "name", "last modified time", "total points", "quiz feedback",
    ]
    layout.systemPrefixes = ["points - ", "feedback - "]
    return layout
  }

  /// Google Forms from Sheets: `Timestamp` first, checkbox labels joined by `, `.
  static var googleForms: TableLayout {
    var layout = TableLayout(dialect: .googleforms)
    layout.multiple = .commaJoinedLabels
    layout.dates = SubmissionDate(order: .dayFirst)
    layout.dateColumns = ["timestamp"]
    layout.systemColumns = ["email address", "score"]
    return layout
  }

  /// LimeSurvey: `id, submitdate, lastpage, startlanguage, seed`, `Q2[SQ001]` tick columns holding `Y`,
  /// `{question_not_shown}` or N/A where a question was not shown.
  static var limeSurvey: TableLayout {
    var layout = TableLayout(dialect: .limesurvey)
    layout.notShownMarkers = ["{question_not_shown}", "N/A"]
    layout.dates = SubmissionDate(order: .dayFirst)
    layout.idColumns = ["id"]
    layout.dateColumns = ["submitdate", "datestamp"]
    layout.systemColumns = ["lastpage", "startlanguage", "seed", "startdate", "ipaddr", "refurl", "token"]
    layout.systemSuffixes = ["[other]", "[comment]"]
    layout.tickColumn = { headers, column in
      let heading = headers[0][safe: column] ?? ""
      guard let tick = bracketOrSlashTick(heading), !["other", "comment"].contains(tick.option[0].lowercased())
      else { return nil }
      return tick
    }
    return layout
  }

  /// KoboToolbox CSV: `group/question` names, a space-joined column and `question/option` 0/1 columns
  /// for each select_multiple, blank where the question was not shown.
  static var kobo: TableLayout {
    var layout = TableLayout(dialect: .kobo)
    layout.multiple = .spaceSeparated
    layout.blankTickIsNotShown = true
    layout.preferTicksOverJoined = true
    layout.idColumns = ["meta/instanceid", "instanceid", "_uuid"]
    layout.dateColumns = ["_submission_time", "end", "start"]
    layout.systemColumns = [
      "_id", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__",
      "_tags", "_index", "start", "end", "today", "deviceid", "username", "formhub/uuid", "meta/instanceid",
      "meta/rootuuid", "_attachments", "_geolocation",
    ]
    layout.columnNames = { headers, column in
      let heading = headers[0][safe: column] ?? ""
      let last = heading.split(separator: "/").last.map(String.init) ?? heading
      return [heading, last]
    }
    return layout
  }
}
