import Foundation
import Testing

@testable import CareVoiceKit

/// Streamed coding must give the figures of coding every comment at once, however it is split or repeated.
@Suite struct QuestionCodingTests {
  let fixture: ReviewCommentsFixture
  let matcher = CodebookMatcher(ReviewCommentsFixture.codebook)
  let options = ThemeOptions(rule: .off, keepsUncodedComments: true)

  init() throws {
    fixture = try ReviewCommentsFixture()
  }

  /// The comments fed to `coding` respondent by respondent, with period and group numbers from `numbers`.
  func feed(_ comments: ArraySlice<RespondentComment>, to coding: inout QuestionCoding, numbers: Numbers) {
    var previous: String?
    for comment in comments {
      if comment.respondent != previous { coding.beginRespondent() }
      previous = comment.respondent
      var text = comment.text
      text.withUTF8 {
        coding.add($0, period: numbers.period(comment.period), group: numbers.group(comment.group))
      }
    }
  }

  /// Period and group numbers in order of first appearance among the comments.
  struct Numbers {
    let periods: [Period]
    let groups: [String?]

    init(_ comments: [RespondentComment]) {
      var periods: [Period] = []
      var groups: [String?] = []
      for comment in comments {
        if !periods.contains(comment.period) { periods.append(comment.period) }
        if !groups.contains(comment.group) { groups.append(comment.group) }
      }
      self.periods = periods
      self.groups = groups
    }

    func period(_ period: Period) -> Int { periods.firstIndex(of: period) ?? 0 }
    func group(_ group: String?) -> Int { groups.firstIndex(of: group) ?? 0 }
  }

  /// The fixture's comments, one respondent's together, each with a group so that groups are counted too.
  var comments: [RespondentComment] {
    let grouped = Dictionary(grouping: fixture.comments, by: \.respondent)
    return grouped.keys.sorted().flatMap { respondent in
      (grouped[respondent] ?? []).map { comment in
        var comment = comment
        comment.group = respondent.hasSuffix("1") ? "8-12" : "13-15"
        return comment
      }
    }
  }

  @Test("two codings of any split of the respondents merge into the figures of coding them all")
  func mergesAnySplit() {
    let comments = comments
    let numbers = Numbers(comments)
    let whole = QuestionThemes(question: "change_one", comments: comments, matcher: matcher, options: options)
    let boundaries = comments.indices.filter { $0 == 0 || comments[$0].respondent != comments[$0 - 1].respondent }
    for split in boundaries + [comments.count] {
      var first = QuestionCoding(matcher: matcher, options: options)
      var second = QuestionCoding(matcher: matcher, options: options)
      feed(comments[..<split], to: &first, numbers: numbers)
      feed(comments[split...], to: &second, numbers: numbers)
      second.merge(first)
      let merged = second.finish(question: "change_one", periods: numbers.periods, groups: numbers.groups)
      #expect(merged == whole, "split at comment \(split)")
    }
  }

  @Test("comments written many times are coded once and counted every time, as if each were coded afresh")
  func repeatedCommentsCountEveryTime() {
    let once = comments
    let repeated = (0..<40).flatMap { round in
      once.map { comment in
        var comment = comment
        comment.respondent += "-\(round)"
        return comment
      }
    }
    let streamed = QuestionThemes(question: "change_one", comments: repeated, matcher: matcher, options: options)
    let coded = QuestionThemes(
      question: "change_one", coded: matcher.code(repeated), matcher: matcher, options: options)
    #expect(streamed == coded)
    let single = QuestionThemes(question: "change_one", comments: once, matcher: matcher, options: options)
    #expect(streamed.answered == single.answered.map { 40 * $0 })
  }

  @Test("the uncoded comments are every one of them, sorted, repeats kept, whatever the order they came in")
  func listsEveryUncodedComment() {
    var forward = UncodedComments()
    var backward = UncodedComments()
    let quotes = (0..<2500).map { "comment \($0 % 1700)" }
    for quote in quotes { forward.add(quote) }
    for quote in quotes.reversed() { backward.add(quote) }
    #expect(forward.quotes == quotes.sorted())
    #expect(backward.quotes == forward.quotes)
  }
}
