import Foundation
import Testing

@testable import CareVoiceKit

/// What the report builders decide: rounding, wording for each audience, the action plan rule.
@Suite struct ReportModelTests {
  @Test("gives one-answer questions whole percentages that add up to 100, by largest remainder")
  func percentagesAddUp() throws {
    func option(_ value: String, _ count: Int) -> OptionTally {
      OptionTally(
        value: value, label: value.capitalized,
        share: ShareTally(count: count, percent: Double(count) / 30 * 100, ci95: nil, isSuppressed: false))
    }
    let row = TallyRow(
      base: 30, figuresHidden: false, options: [option("yes", 10), option("sometimes", 10), option("no", 10)])
    let question = QuestionTally(
      id: "feel_safe", type: .scale, text: "Do you feel safe?", theme: nil, overall: row, missing: 0, skipped: 0,
      notShown: 0, isScored: false, breakdown: nil, trend: nil)
    let tally = InstrumentTally(
      instrument: "check", periods: [], previousPeriod: nil, respondents: 30, minimumCell: 6, breakdown: nil,
      questions: [question], themes: [])
    let instrument = Instrument(
      id: "check", title: "Check",
      questions: [Question(id: "feel_safe", text: "Do you feel safe?", type: .scale)])
    let report = Report.survey(
      SurveyEvidence(
        instrument: instrument, tally: tally,
        themes: ThemesReport(instrument: "check", periods: [], rule: .standard, questions: []), period: nil,
        asOf: ReportFixture.asOf))
    let answers = try #require(report.tables.first { $0.table.id == "answers" }?.table)
    let shown = answers.rows.map { row -> Int? in
      if case .percent(let percent) = row.cells[1] { return percent.whole }
      return nil
    }
    #expect(shown == [34, 33, 33])
    #expect(try report.html().contains(">34%</text>"), "the chart's label is the table's figure")
  }

  @Test("writes the young people's report without professional jargon left unexplained")
  func youngPeopleExplainJargon() throws {
    let report = Report.youngPeople(try ReportFixture.load().pledge)
    let text = report.sections.map(\.allText).joined(separator: "\n") + report.howToRead.joined()
    #expect(text.contains("IRO"), "the fixture's action mentions an IRO")
    let glossary = try #require(report.sections.first { $0.id == "words-we-use" })
    #expect(glossary.allText.contains("Independent reviewing officer (IRO): the person who runs your review"))
    for jargon in ["RAG", "95%", "significant", "Wilson", "indicator", "respondent", "base"] {
      #expect(!text.contains(jargon), "\(jargon)")
    }
    #expect(report.htmlPage.style == .plainLargeType)
  }

  @Test("tells young people what happened to each action in plain words")
  func youngPeopleActions() throws {
    let report = Report.youngPeople(try ReportFixture.load().pledge)
    let items = report.sections.flatMap(\.blocks).flatMap { block -> [ReportActions.Item] in
      if case .actions(let actions) = block { return actions.items }
      return []
    }
    #expect(
      items.map(\.status) == [
        "Done", "Late: not done yet", "Should be done soon", "We are working on it", "We stopped doing this",
      ])
    #expect(items.last?.weDid == "Dropped because every home now has a family room.")
  }

  @Test("keeps sentences for young people short: reading age about 11 (Flesch–Kincaid grade 6 or under)")
  func readingAge() throws {
    let report = Report.youngPeople(try ReportFixture.load().pledge)
    var sentences = report.howToRead + report.notes
    for block in report.sections.flatMap(\.blocks) {
      switch block {
      case .paragraph(let text): sentences.append(text)
      case .rating(let rating): sentences += [rating.headline, rating.detail]
      default: continue
      }
    }
    let grade = ReadingEase.fleschKincaidGrade(sentences.joined(separator: " "))
    #expect(grade <= 6, "grade \(grade)")
  }

  @Test("puts areas below the target and rising complaints in the foster carers' action plan")
  func actionPlan() throws {
    let report = Report.fosterCarers(try ReportFixture.load().carers)
    let plan = try #require(report.tables.first { $0.table.id == "action_plan" }?.table)
    #expect(plan.rows.map(\.id) == ["respite", "improve/respite"])
    #expect(plan.rows[0].cells[0] == .text("Rated below target"))
    #expect(plan.rows[1].cells[0] == .text("Rising in comments"))
    #expect(plan.rows.allSatisfy { Array($0.cells.suffix(4)) == [.empty, .empty, .empty, .empty] })
    #expect(plan.rows[0].cells[4] == .text("Short breaks and respite coordinator"))
  }

  @Test("takes a higher target from the rule: 80% brings in support at 75%")
  func actionPlanTarget() throws {
    let report = Report.fosterCarers(try ReportFixture.load().carers, plan: ActionPlanRule(target: 80))
    let plan = try #require(report.tables.first { $0.table.id == "action_plan" }?.table)
    #expect(plan.rows.map(\.id) == ["ssw_support", "respite", "improve/respite"])
  }

  @Test(
    "suggests an owner from the words of an area's keys, at word starts only",
    arguments: [
      (["feel_valued", "recognition"], "Fostering Service Manager"),
      (["payments_on_time", "finance"], "Fostering finance and payments lead"),
      (["out_of_hours", "support"], "Out-of-hours (emergency duty) team manager"),
      (["ssw_support", "support"], "Supervising social work team manager"),
      (["allegations_support"], "Fostering Service Manager, with the allegations lead"),
      (["something_else"], "Fostering Service Manager"),
    ])
  func owners(keys: [String], owner: String) {
    #expect(ActionPlanRule().owner(for: keys) == owner)
  }

  @Test(
    "reads a batch folder's name as its period",
    arguments: [
      ("2025-26-Q1", "2025-26 Q1"), ("2024-25", "2024-25"), ("2025-09", "2025-09"), ("2026-27-q4", "2026-27 Q4"),
    ])
  func folderPeriods(name: String, label: String) {
    #expect(BatchFolder.period(named: name)?.description == label)
  }

  @Test("refuses a batch folder name that is no period", arguments: ["old", "2025-26-Q5", "2025-27", "Q1"])
  func folderNotPeriod(name: String) {
    #expect(BatchFolder.period(named: name) == nil)
  }

  @Test("reads a list of formats, and names the word that is not one")
  func formats() throws {
    #expect(try ReportFormat.parse("json, HTML,markdown").get() == [.html, .md, .json])
    #expect(throws: ReportFormatError.self) { try ReportFormat.parse("html,pdf").get() }
    #expect(
      ReportFormatError(word: "pdf").description
        == "\"pdf\" is not a report format; use any of html, md, csv, json, xlsx, separated by commas")
  }

  @Test("words a change in the points people see, saying when it is significant")
  func changeWords() {
    let before = ReportPercent(exact: 63.4)
    #expect(ReportChange(from: before, to: ReportPercent(exact: 72.7), isSignificant: false).text == "up 10 points")
    #expect(ReportChange(from: before, to: ReportPercent(exact: 62.4), isSignificant: nil).text == "down 1 point")
    #expect(
      ReportChange(from: before, to: ReportPercent(exact: 63.2), isSignificant: nil).text == "down less than 1 point")
    #expect(
      ReportChange(from: before, to: ReportPercent(exact: 90), isSignificant: true).text == "up 27 points, significant")
  }

  @Test("says when the figures are as of, in every format")
  func asOf() throws {
    let report = try ReportFixture.load().reports[0]
    #expect(try report.html().contains("Figures as of <time datetime=\"2026-04-01\">1 April 2026</time>"))
    #expect(report.markdown().contains("**Figures as of 1 April 2026.**"))
    #expect(report.csv().contains(",2026-04-01,"))
    #expect(report.jsonText.contains("\"as_of\": \"2026-04-01\""))
  }
}

/// Flesch–Kincaid grade level, with syllables estimated from vowel groups: a guide to reading age, not a verdict.
enum ReadingEase {
  static func fleschKincaidGrade(_ text: String) -> Double {
    let sentences = max(1, text.split { ".!?".contains($0) }.filter { $0.contains { $0.isLetter } }.count)
    let words = text.split { !$0.isLetter && $0 != "'" }.map { $0.lowercased() }
    guard !words.isEmpty else { return 0 }
    let syllables = words.map(syllableCount).reduce(0, +)
    return 0.39 * Double(words.count) / Double(sentences) + 11.8 * Double(syllables) / Double(words.count) - 15.59
  }

  static func syllableCount(_ word: String) -> Int {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    var count = 0
    var previousVowel = false
    for character in word {
      let isVowel = vowels.contains(character)
      if isVowel && !previousVowel { count += 1 }
      previousVowel = isVowel
    }
    if word.hasSuffix("e") && !word.hasSuffix("le") && count > 1 { count -= 1 }
    return max(1, count)
  }
}
