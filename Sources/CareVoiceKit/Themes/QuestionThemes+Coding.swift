extension QuestionThemes {
  /// Codes a question's comments with a codebook and makes its figures.
  ///
  /// One respondent's comments count once, wherever they stand in the list.
  public init(
    question: String, comments: [RespondentComment], matcher: CodebookMatcher, options: ThemeOptions = ThemeOptions()
  ) {
    self = Self.streamed(question: question, comments: comments, matcher: matcher, options: options) {
      coding, comment, period, group in
      var text = comment.text
      text.withUTF8 { coding.add($0, period: period, group: group) }
    }
  }

  /// Makes a question's figures from comments already coded with `matcher`.
  ///
  /// Counts are suppressed by `options.rule`; a theme whose respondents are
  /// suppressed has no quotes; uncoded comments are kept only when asked for
  /// and their count is shown.
  public init(
    question: String, coded: [CodedComment], matcher: CodebookMatcher, options: ThemeOptions = ThemeOptions()
  ) {
    self = Self.streamed(question: question, comments: coded, matcher: matcher, options: options) {
      coding, comment, period, group in
      coding.add(comment, period: period, group: group)
    }
  }

  /// Feeds comments to a ``QuestionCoding`` respondent by respondent, numbering periods and groups as they come.
  private static func streamed<Comment>(
    question: String, comments: [Comment], matcher: CodebookMatcher, options: ThemeOptions,
    add: (inout QuestionCoding, Comment, Int, Int) -> Void
  ) -> QuestionThemes where Comment: RespondentCommentCarrying {
    var periods: [Period] = []
    var periodNumbers: [Period: Int] = [:]
    var groups: [String?] = []
    var groupNumbers: [String?: Int] = [:]
    var byRespondent: [String: [Int]] = [:]
    var respondents: [String] = []
    for (index, comment) in comments.enumerated() {
      let respondent = comment.respondentComment.respondent
      if byRespondent[respondent] == nil { respondents.append(respondent) }
      byRespondent[respondent, default: []].append(index)
    }
    var coding = QuestionCoding(matcher: matcher, options: options)
    for respondent in respondents {
      coding.beginRespondent()
      for index in byRespondent[respondent] ?? [] {
        let comment = comments[index].respondentComment
        let period = periodNumbers[comment.period] ?? periods.count
        if period == periods.count {
          periods.append(comment.period)
          periodNumbers[comment.period] = period
        }
        let group = groupNumbers[comment.group] ?? groups.count
        if group == groups.count {
          groups.append(comment.group)
          groupNumbers[comment.group] = group
        }
        add(&coding, comments[index], period, group)
      }
    }
    return coding.finish(question: question, periods: periods, groups: groups)
  }
}

/// A comment as given to ``QuestionThemes``: plain, or coded already.
protocol RespondentCommentCarrying {
  var respondentComment: RespondentComment { get }
}

extension RespondentComment: RespondentCommentCarrying {
  var respondentComment: RespondentComment { self }
}

extension CodedComment: RespondentCommentCarrying {
  var respondentComment: RespondentComment { comment }
}
