extension ThemeScore {
  /// One score per theme of the instrument's questions that have a positive share, in order of first appearance.
  static func scores(of questions: [QuestionTally]) -> [ThemeScore] {
    var order: [String] = []
    var members: [String: [QuestionTally]] = [:]
    for question in questions {
      guard let theme = question.theme, question.overall.positive != nil else { continue }
      if members[theme] == nil { order.append(theme) }
      members[theme, default: []].append(question)
    }
    return order.map { theme in
      let contributing = (members[theme] ?? []).filter { ($0.overall.base ?? 1) > 0 }
      let shares = contributing.map { $0.overall.positive?.percent }
      let isSuppressed = shares.contains { $0 == nil }
      let mean =
        isSuppressed || shares.isEmpty ? nil : shares.compactMap { $0 }.reduce(0, +) / Double(shares.count)
      return ThemeScore(
        theme: theme, questions: contributing.map(\.id), meanPositivePercent: mean, isSuppressed: isSuppressed)
    }
  }
}
