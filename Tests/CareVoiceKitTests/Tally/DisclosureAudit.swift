import CareVoiceKit

/// Reads a published tally as an outsider would and lists every way a hidden count could be recovered or a small one seen.
///
/// It checks only what is published: counts from 1 to `minimumCell − 1`; a
/// percentage beside a hidden count or on a small base; and every sum the
/// reader can form — options to the base, positive options to the positive
/// count, groups and selected periods to the overall figures, skipped and not
/// shown to missing — for exactly one hidden term.
struct DisclosureAudit {
  let tally: InstrumentTally
  let rule: DisclosureRule
  let instrument: Instrument
  private(set) var problems: [String] = []

  init(_ tally: InstrumentTally, instrument: Instrument) {
    self.tally = tally
    self.instrument = instrument
    rule = DisclosureRule(minimumCell: tally.minimumCell)
    for (question, definition) in zip(tally.questions, instrument.questions) { audit(question, definition) }
  }

  private mutating func small(_ count: Int?, _ what: String) {
    if let count, rule.suppresses(count) { problems.append("\(what) shows \(count)") }
  }

  /// A published total with parts of which exactly one is hidden.
  private mutating func sum(_ total: Int?, _ parts: [Int?], _ what: String) {
    guard total != nil, parts.filter({ $0 == nil }).count == 1 else { return }
    problems.append("\(what): one hidden part of a published total")
  }

  private mutating func audit(_ question: QuestionTally, _ definition: Question) {
    let id = question.id
    small(question.missing, "\(id) missing")
    small(question.skipped, "\(id) skipped")
    small(question.notShown, "\(id) not shown")
    sum(question.missing, [question.skipped, question.notShown], "\(id) missing")
    if question.overall.base == nil && question.missing != nil { problems.append("\(id): missing shows a hidden base") }
    let positions = definition.options.indices.filter { definition.options[$0].isPositive }
    var rows = [("overall", question.overall)]
    rows += (question.breakdown ?? []).map { ("group \($0.group)", $0.row) }
    rows += (question.trend?.series ?? []).map { ("period \($0.period)", $0.row) }
    for (name, row) in rows { audit(row, "\(id) \(name)", question.type, positions) }
    small(question.overall.mentions, "\(id) mentions")
    if question.type == .multiple {
      sum(question.overall.mentions, question.overall.options.map(\.share.count), "\(id) mentions")
    }
    var partitions: [[TallyRow]] = []
    if let breakdown = question.breakdown { partitions.append(breakdown.map(\.row)) }
    if let series = question.trend?.series {
      partitions.append(series.filter { tally.periods.contains($0.period) }.map(\.row))
    }
    for parts in partitions {
      sum(question.overall.base, parts.map(\.base), "\(id) group bases")
      for position in question.overall.options.indices {
        sum(
          question.overall.options[position].share.count, parts.map { $0.options[position].share.count },
          "\(id) option \(position) across groups")
      }
      if let positive = question.overall.positive {
        sum(positive.count, parts.map { $0.positive?.count }, "\(id) positive across groups")
      }
      if question.overall.meanScore != nil, parts.filter({ $0.meanScore == nil && ($0.base ?? 1) > 0 }).count == 1 {
        problems.append("\(id): one hidden group mean score beside the overall one")
      }
    }
  }

  private mutating func audit(_ row: TallyRow, _ name: String, _ type: Question.Kind, _ positive: [Int]) {
    small(row.base, "\(name) base")
    small(row.positive?.count, "\(name) positive")
    let base = row.base ?? 0
    if !row.figuresHidden && (row.base == nil || rule.hidesFigures(onBase: base)) {
      problems.append("\(name): figures on a hidden or small base")
    }
    for option in row.options {
      small(option.share.count, "\(name) \(option.value)")
      if option.share.count == nil && (option.share.percent != nil || option.share.ci95 != nil) {
        problems.append("\(name) \(option.value): a percentage beside a hidden count")
      }
      if option.share.count == nil && !option.share.isSuppressed { problems.append("\(name): unflagged hidden count") }
      if row.figuresHidden && option.share.percent != nil { problems.append("\(name): percentage on a small base") }
    }
    if row.figuresHidden && (row.positive?.percent != nil || row.meanScore != nil || row.number?.mean != nil) {
      problems.append("\(name): a share or mean on a small base")
    }
    if row.meanScore != nil && row.options.contains(where: { $0.share.count == nil }) {
      problems.append("\(name): a mean score beside hidden counts")
    }
    guard type == .single || type == .scale else { return }
    let counts = row.options.map(\.share.count)
    sum(row.base, counts, "\(name) options")
    if let positiveCount = row.positive {
      sum(positiveCount.count, positive.map { counts[$0] }, "\(name) positive options")
      let others = counts.indices.filter { !positive.contains($0) }.map { counts[$0] }
      sum(row.base, [positiveCount.count] + others, "\(name) positive and other options")
    }
  }
}
