import CareVoiceKit
import Foundation
import Testing

@Suite struct CodebookYAMLTests {
  @Test("reads DESIGN.md's review comments codebook value by value")
  func reviewComments() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "review-comments", withExtension: "yaml", subdirectory: "Fixtures/definitions/codebooks"))
    let codebook = try Codebook.parse(yaml: try String(contentsOf: url, encoding: .utf8), file: "review-comments.yaml")
    let expected = Codebook(
      id: "review-comments", title: "Comments before a review",
      themes: [
        Theme(
          id: "contact-family", label: "Contact with family",
          match: ["see my mum", "contact", "family time", "brother*", "sister*"], exclude: ["contact lenses"]),
        Theme(
          id: "social-worker-change", label: "Changes of social worker",
          match: ["new social worker", "keeps changing", "changed my social worker"]),
        Theme(id: "feel-safe", label: "Feeling safe", match: ["feel safe", "safe"], negated: .apart),
        Theme(
          id: "siblings", label: "Brothers and sisters", parent: "contact-family", match: ["brother*", "sister*"],
          negated: .include),
      ])
    #expect(codebook == expected)
  }

  @Test("keeps phrases YAML would read as Booleans or numbers as text")
  func phrasesStayText() throws {
    let yaml = """
      id: yes-no
      themes:
        - { id: agreement, label: Agreement, match: [yes, on, "1"], exclude: [no, off] }
      """
    let theme = try Codebook.parse(yaml: yaml, file: "c.yaml").themes[0]
    #expect(theme.match == ["yes", "on", "1"])
    #expect(theme.exclude == ["no", "off"])
  }
}
