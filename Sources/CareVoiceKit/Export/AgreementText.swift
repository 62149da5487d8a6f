import Foundation

/// How `themes --check` prints the agreement between a codebook and a hand-coded sample.
public enum AgreementText {
  /// Per codebook, a table of themes with agreement and Cohen's kappa, then the comments they disagree on, redacted.
  public static func render(_ results: [(codebook: Codebook, agreement: CoderAgreement)], redactor: Redactor) -> String
  {
    var lines: [String] = []
    for (codebook, agreement) in results {
      lines.append("Codebook \(codebook.id)")
      var table = TextTable(
        header: ["Theme", "Comments", "Both", "Person only", "Codebook only", "Agreement", "Kappa"],
        rightAligned: [1, 2, 3, 4, 5, 6])
      for theme in agreement.themes {
        table.append([
          theme.theme, String(theme.comments), String(theme.bothPresent), String(theme.onlyCoder),
          String(theme.onlyCodebook), theme.agreement.map { String(format: "%.0f%%", $0) } ?? "",
          theme.kappa.map { String(format: "%.2f", $0) } ?? "n/a",
        ])
      }
      lines.append(table.text)
      if !agreement.unknownThemes.isEmpty {
        lines.append(
          "Theme ids in the sample that the codebook does not have: "
            + agreement.unknownThemes.sorted().joined(separator: ", "))
      }
      for theme in agreement.themes where !theme.disagreements.isEmpty {
        lines.append("\(theme.theme):")
        for disagreement in theme.disagreements {
          let who = disagreement.isCodedByCoder ? "person only" : "codebook only"
          lines.append("  [\(who)] \(redactor.redacted(disagreement.comment))")
        }
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
