extension ThemeTally {
  /// The figures that may be shown, with quotes and emerging phrases still to add.
  struct Published: Sendable {
    var answered: Int?
    var coded: Int?
    var uncoded: Int?
    var themes: [ThemeFigure]
    var byPeriod: [ThemeSlice]
    var byGroup: [ThemeSlice]
    var pairs: [ThemePair]
  }

  /// The cells of one scope in a suppression grid.
  private struct ScopeCells {
    var answered: Int
    var coded: Int
    var uncoded: Int
    var respondents: [Int]
    var negated: [Int]

    init(_ counts: Counts, in grid: inout SuppressionGrid) {
      answered = grid.cell(counts.answered)
      coded = grid.cell(counts.coded)
      uncoded = grid.cell(counts.uncoded)
      respondents = counts.respondents.map { grid.cell($0) }
      negated = counts.negated.map { grid.cell($0) }
      grid.addSum(total: answered, parts: [coded, uncoded])
      grid.addSlice(base: answered, cells: [coded, uncoded] + respondents + negated)
    }
  }

  /// Applies the disclosure rule, with secondary suppression across periods, groups and coded/uncoded.
  func published(themes: [Theme], rule: DisclosureRule) -> Published {
    var grid = SuppressionGrid(rule: rule)
    let whole = ScopeCells(total, in: &grid)
    let periodCells = byPeriod.map { ScopeCells($0, in: &grid) }
    let groupCells = byGroup.map { ScopeCells($0, in: &grid) }
    for breakdown in [periodCells, groupCells] where !breakdown.isEmpty {
      grid.addSum(total: whole.answered, parts: breakdown.map(\.answered))
      grid.addSum(total: whole.coded, parts: breakdown.map(\.coded))
      grid.addSum(total: whole.uncoded, parts: breakdown.map(\.uncoded))
      for theme in themes.indices {
        grid.addSum(total: whole.respondents[theme], parts: breakdown.map { $0.respondents[theme] })
        grid.addSum(total: whole.negated[theme], parts: breakdown.map { $0.negated[theme] })
      }
    }
    grid.protect()

    func figures(_ counts: Counts, _ cells: ScopeCells, labelled: Bool) -> [ThemeFigure] {
      themes.indices.map { index in
        let isHidden = grid.isHidden(cells.respondents[index])
        let base = counts.answered
        let showsPercent = !isHidden && !grid.isHidden(cells.answered) && !rule.hidesFigures(onBase: base) && base > 0
        return ThemeFigure(
          id: themes[index].id, label: labelled ? themes[index].label : nil,
          respondents: grid.shown(cells.respondents[index]), mentions: isHidden ? nil : counts.mentions[index],
          negated: grid.shown(cells.negated[index]),
          percent: showsPercent ? Double(counts.respondents[index]) / Double(base) * 100 : nil,
          isSuppressed: isHidden)
      }
    }
    func slice(_ key: ThemeSlice.Key, _ counts: Counts, _ cells: ScopeCells) -> ThemeSlice {
      ThemeSlice(
        key: key, answered: grid.shown(cells.answered), coded: grid.shown(cells.coded),
        uncoded: grid.shown(cells.uncoded), isSuppressed: grid.isHidden(cells.answered),
        themes: figures(counts, cells, labelled: false))
    }

    let themeCount = themes.count
    let pairs = self.pairs.keys.sorted().map { key in
      let (first, second) = (key / themeCount, key % themeCount)
      let count = self.pairs[key] ?? 0
      let isHidden =
        rule.suppresses(count) || grid.isHidden(whole.respondents[first]) || grid.isHidden(whole.respondents[second])
      return ThemePair(
        themes: [themes[first].id, themes[second].id], respondents: isHidden ? nil : count, isSuppressed: isHidden)
    }
    return Published(
      answered: grid.shown(whole.answered), coded: grid.shown(whole.coded), uncoded: grid.shown(whole.uncoded),
      themes: figures(total, whole, labelled: true),
      byPeriod: periods.indices.map { slice(.period(periods[$0]), byPeriod[$0], periodCells[$0]) },
      byGroup: groups.indices.map { slice(.group(groups[$0]), byGroup[$0], groupCells[$0]) },
      pairs: pairs)
  }
}
