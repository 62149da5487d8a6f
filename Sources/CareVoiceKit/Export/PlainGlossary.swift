/// Plain explanations of the words professionals use, for the young people's report.
///
/// The report's own sentences avoid these words; the Pledge's promises and actions,
/// written by the council, may use them. Every term that appears anywhere in the
/// report gets its explanation in a "Words we use" section, so no "IRO", "LAC" or
/// "CiCC" is left unexplained.
enum PlainGlossary {
  /// A term, how to spot it, and what it means in words an 11-year-old reads easily.
  struct Term: Sendable, Hashable {
    /// The word as the list shows it.
    var term: String
    /// Spellings that mean it: capitals must match exactly for an acronym, case is ignored otherwise.
    var spellings: [String]
    var isAcronym: Bool
    var meaning: String
  }

  static let terms: [Term] = [
    Term(
      term: "Children in Care Council (CiCC)", spellings: ["CiCC", "Children in Care Council"], isAcronym: false,
      meaning: "a group of young people in care who tell the council what needs to change."),
    Term(
      term: "Independent reviewing officer (IRO)",
      spellings: ["IRO", "IROs", "reviewing officer", "Independent Reviewing"],
      isAcronym: false, meaning: "the person who runs your review meetings and checks that your plan is working."),
    Term(
      term: "Review", spellings: ["review"], isAcronym: false,
      meaning: "a meeting about every 6 months to check that your plan is working for you."),
    Term(
      term: "LAC", spellings: ["LAC"], isAcronym: true,
      meaning: "short for “looked-after child”. Some adults used it to mean a child in care. You told us you don't "
        + "like it, so we are stopping it."),
    Term(
      term: "CAMHS", spellings: ["CAMHS"], isAcronym: true,
      meaning: "the NHS service that helps children and young people with their feelings and mental health."),
    Term(
      term: "NHS", spellings: ["NHS"], isAcronym: true,
      meaning: "the National Health Service: doctors, nurses and hospitals."),
    Term(
      term: "Virtual School", spellings: ["Virtual School"], isAcronym: false,
      meaning: "the council team that helps children in care do well at school and college."),
    Term(
      term: "Personal adviser", spellings: ["personal adviser"], isAcronym: false,
      meaning: "a worker who helps care leavers get ready for adult life, up to age 25."),
    Term(
      term: "Care leaver", spellings: ["care leaver"], isAcronym: false,
      meaning: "a young person aged 16 to 25 who used to be in care."),
    Term(
      term: "Care plan", spellings: ["care plan"], isAcronym: false,
      meaning: "the written plan for how you are looked after."),
    Term(
      term: "Placement plan", spellings: ["placement plan"], isAcronym: false,
      meaning: "the plan for where you live: what your carers will do for you, and the rules of the home."),
    Term(
      term: "Agency social worker", spellings: ["agency social worker"], isAcronym: false,
      meaning: "a social worker who works for us for a short time, paid through an agency."),
    Term(
      term: "Stability meeting", spellings: ["stability meeting"], isAcronym: false,
      meaning: "a meeting to check that your home is working out, and to hear what you think before any move."),
    Term(
      term: "Corporate Parenting Board", spellings: ["Corporate Parenting Board", "corporate parent"], isAcronym: false,
      meaning: "the councillors and managers who check that the council looks after you as a good parent would."),
    Term(
      term: "Post-16", spellings: ["post-16"], isAcronym: false,
      meaning: "school, college or training after you are 16."),
    Term(
      term: "Year 10", spellings: ["Year 10"], isAcronym: false, meaning: "the school year you start at 14 or 15."),
  ]

  /// The terms that appear in `text`.
  static func terms(in text: String) -> [Term] {
    let lower = text.lowercased()
    return terms.filter { term in
      term.spellings.contains { spelling in
        let isAcronym = term.isAcronym || (spelling.count <= 5 && spelling.allSatisfy { $0.isUppercase || $0 == "i" })
        return isAcronym ? containsWord(spelling, in: text) : lower.contains(spelling.lowercased())
      }
    }
  }

  /// Whether `word` appears in `text` with no letter either side, capitals as given.
  static func containsWord(_ word: String, in text: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: word) {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
      rest = text[range.upperBound...]
    }
    return false
  }

  /// The "Words we use" section for the terms these sections use, or nil when they use none.
  static func section(for sections: [ReportSection]) -> ReportSection? {
    let found = terms(in: sections.map(\.allText).joined(separator: "\n"))
    guard !found.isEmpty else { return nil }
    return ReportSection(
      id: "words-we-use", heading: "Words we use",
      intro: ["Some words in this report are ones adults use a lot. This is what they mean."],
      blocks: [.list(found.map { "\($0.term): \($0.meaning)" })])
  }
}

extension ReportSection {
  /// Every word of the section that a reader sees, for checking its wording.
  var allText: String {
    var parts = [heading] + intro
    for block in blocks {
      switch block {
      case .paragraph(let text), .subheading(let text): parts.append(text)
      case .list(let items): parts += items
      case .keyFigures(let figures): parts += figures.flatMap { [$0.label, $0.note] }
      case .table(let table): parts += table.allText
      case .chart(let chart):
        parts += [chart.title, chart.caption, chart.note] + chart.rows.map(\.label) + chart.table.allText
      case .quotes(let quotes): parts += [quotes.heading] + quotes.quotes.flatMap { [$0.text, $0.about] }
      case .actions(let actions): parts += [actions.caption] + actions.table.allText
      case .callout(let callout): parts += [callout.title] + callout.paragraphs
      case .rating(let rating): parts += [rating.badge, rating.headline, rating.detail]
      }
    }
    return parts.joined(separator: "\n")
  }
}

extension ReportTable {
  /// The caption, headings and text cells.
  var allText: [String] {
    var parts = [caption, rowHeading] + columns.map(\.heading)
    for row in rows {
      parts.append(row.heading)
      for cell in row.cells { if case .text(let text) = cell { parts.append(text) } }
    }
    return parts
  }
}
