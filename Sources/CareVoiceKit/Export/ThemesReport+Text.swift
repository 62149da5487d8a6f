import Foundation

/// The formats `carevoice themes --format` writes.
public enum ThemesFormat: String, Sendable, Hashable, CaseIterable {
  case table, csv, json, md
}

extension ThemesReport {
  /// The report written in `format`, ending with a line break.
  public func rendered(as format: ThemesFormat, instrument: Instrument) -> String {
    switch format {
    case .table: return tableText(instrument: instrument)
    case .md: return markdownText(instrument: instrument)
    case .csv: return csvText()
    case .json: return jsonText
    }
  }

  /// The machine record: every figure unrounded, hidden ones null, keys sorted.
  public var jsonText: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Tidy long form: one row per question and theme, and per period or group slice.
  public func csvText(byteOrderMark: Bool = false) -> String {
    var writer = CSVWriter(byteOrderMark: byteOrderMark)
    writer.write([
      "instrument", "periods", "question_id", "slice", "theme_id", "theme_label", "respondents", "mentions",
      "negated", "percent", "answered", "suppressed",
    ])
    let periodText = periods.map(\.description).joined(separator: "; ")
    for question in questions {
      for theme in question.themes {
        writer.write([
          .text(instrument), .text(periodText), .text(question.id), "all", .text(theme.id), .text(theme.label ?? ""),
          .integer(theme.respondents), .integer(theme.mentions), .integer(theme.negated), .number(theme.percent),
          .integer(question.answered), .text(theme.isSuppressed ? "true" : "false"),
        ])
      }
      for slice in question.byPeriod + (question.byGroup ?? []) {
        let name: String
        switch slice.key {
        case .period(let period): name = period.description
        case .group(let group): name = group ?? "not stated"
        }
        for theme in slice.themes {
          writer.write([
            .text(instrument), .text(periodText), .text(question.id), .text(name), .text(theme.id), "",
            .integer(theme.respondents), .integer(theme.mentions), .integer(theme.negated), .number(theme.percent),
            .integer(slice.answered), .text(theme.isSuppressed || slice.isSuppressed ? "true" : "false"),
          ])
        }
      }
    }
    return writer.text
  }

  /// A readable terminal report: per question, its themes with counts, shares and redacted quotes.
  public func tableText(instrument: Instrument) -> String {
    let words = FigureText(rule: DisclosureRule(minimumCell: minimumCell))
    var lines = [
      "Instrument: \(self.instrument)",
      "Periods: \(periods.map(\.description).joined(separator: ", "))", words.legend, "",
    ]
    for question in questions {
      let text = instrument.question(question.id)?.text ?? question.id
      lines.append("\(text) (\(question.id))")
      lines.append(
        "Answered: \(words.count(question.answered, isSmall: true)) · coded: \(words.count(question.coded)) · "
          + "not coded: \(words.count(question.uncoded))")
      var table = TextTable(header: ["Theme", "Respondents", "%", "Mentions", "Negated"], rightAligned: [1, 2, 3, 4])
      for theme in question.themes {
        table.append([
          theme.label ?? theme.id, words.count(theme.respondents, isSmall: true), words.percent(theme.percent),
          words.count(theme.mentions, isSmall: theme.isSuppressed), words.count(theme.negated, isSmall: true),
        ])
      }
      lines.append(table.text)
      for theme in question.themes where !(theme.quotes ?? []).isEmpty {
        lines.append("\(theme.label ?? theme.id):")
        lines += (theme.quotes ?? []).map { "  “\($0)”" }
      }
      if !question.emerging.isEmpty {
        lines.append("Frequent words in comments no theme matched:")
        lines.append("  " + question.emerging.map { "\($0.phrase) (\($0.count))" }.joined(separator: ", "))
      }
      if let uncoded = question.uncodedComments, !uncoded.isEmpty {
        lines.append("Comments no theme matched (redacted):")
        lines += uncoded.map { "  “\($0)”" }
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Markdown for pasting into a paper: per question, a table of themes and the quotes.
  public func markdownText(instrument: Instrument) -> String {
    let words = FigureText(rule: DisclosureRule(minimumCell: minimumCell))
    var lines = [
      "# Themes in comments: \(self.instrument)", "",
      "Periods: \(periods.map(\.description).joined(separator: ", ")). \(words.legend)", "",
    ]
    for question in questions {
      let text = instrument.question(question.id)?.text ?? question.id
      lines.append("## \(MarkdownTable.escaped(text))")
      lines.append("")
      lines.append(
        "\(words.count(question.answered, isSmall: true)) answered; \(words.count(question.coded)) coded into at "
          + "least one theme.")
      lines.append("")
      var table = MarkdownTable(
        header: ["Theme", "Respondents", "%", "Mentions"], alignments: [.left, .right, .right, .right])
      for theme in question.themes {
        table.append([
          theme.label ?? theme.id, words.count(theme.respondents, isSmall: true), words.percent(theme.percent),
          words.count(theme.mentions, isSmall: theme.isSuppressed),
        ])
      }
      lines.append(table.text)
      for theme in question.themes where !(theme.quotes ?? []).isEmpty {
        lines.append("**\(MarkdownTable.escaped(theme.label ?? theme.id))**")
        lines.append("")
        lines += (theme.quotes ?? []).map { "> \(MarkdownTable.escaped($0))\n" }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
