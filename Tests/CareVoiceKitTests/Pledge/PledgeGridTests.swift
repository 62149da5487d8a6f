import Testing

@testable import CareVoiceKit

@Suite struct PledgeGridTests {
  @Test("pads columns to the widest cell, figures to the right, with no trailing spaces")
  func text() {
    var grid = PledgeGrid(headers: ["Question", "Result", "Rating"], rightAligned: [1])
    grid.rows = [["feel_safe", "91%", "Green"], ["listened_to", "7%", ""]]
    #expect(
      grid.text(indent: "  ") == """
          Question     Result  Rating
          feel_safe       91%  Green
          listened_to      7%
        """)
  }

  @Test("escapes pipes, backslashes and angle brackets in Markdown cells and joins lines")
  func markdownCells() {
    #expect(PledgeGrid.markdownCell("a | b") == "a \\| b")
    #expect(PledgeGrid.markdownCell("<script>x</script>") == "&lt;script>x&lt;/script>")
    #expect(PledgeGrid.markdownCell("one\ntwo") == "one two")
    #expect(PledgeGrid.markdownCell("C:\\path") == "C:\\\\path")
  }
}
