/// What one column of an export (or one field of an XML record) holds for an instrument.
enum ColumnRole: Hashable, Sendable {
  /// The whole answer to a question.
  case answer(question: Int)
  /// Whether one option of a `multiple` question was ticked, in a column of its own.
  case tick(question: Int, option: Int)
  /// The response's id, from the field the instrument names.
  case respondentID
  /// The submission date, from the field the instrument names.
  case submitted
  /// The survey tool's own response id (`ResponseId`, `_uuid`), used when the instrument names none.
  case toolResponseID
  /// The survey tool's own submission time, used when the instrument names no date field.
  case toolSubmitted
  /// A breakdown attribute, by its position in the instrument.
  case attribute(Int)
  /// A column the dialect writes that carries nothing to keep (an IP address, a progress figure).
  case ignored
}

/// What a heading names in an instrument: a question, or one of the respondent fields.
enum FieldTarget: Hashable, Sendable {
  case question(Int)
  case respondentID
  case submitted
  case attribute(Int)

  var role: ColumnRole {
    switch self {
    case .question(let index): return .answer(question: index)
    case .respondentID: return .respondentID
    case .submitted: return .submitted
    case .attribute(let index): return .attribute(index)
    }
  }
}
