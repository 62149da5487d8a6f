import CareVoiceKit
import Testing

@Suite struct SecondarySuppressionTests {
  @Test("hides the next-smallest count when one hidden count could be worked out from the base")
  func partnerFromBase() {
    // base 53 = 3 + 10 + 40: with only the 3 hidden, 53 − 10 − 40 gives it back.
    let hidden = SecondarySuppression.hidden(
      counts: [53, 3, 10, 40], lines: [AdditiveLine(total: 0, parts: [1, 2, 3])], rule: .standard)
    #expect(hidden == [false, true, true, false])
  }

  @Test("passes over zeros for the smallest non-zero partner")
  func zerosAreNoPartners() {
    let hidden = SecondarySuppression.hidden(
      counts: [50, 3, 0, 0, 47], lines: [AdditiveLine(total: 0, parts: [1, 2, 3, 4])], rule: .standard)
    #expect(hidden == [false, true, false, false, true])
  }

  @Test("hides the total when every other count of the line is zero")
  func hidesTotalAsLastResort() {
    // 47 is hidden to protect a cell elsewhere; 47 + 0 would give it back through the total.
    let hidden = SecondarySuppression.hidden(
      counts: [47, 47, 0], primary: [false, true, false], lines: [AdditiveLine(total: 0, parts: [1, 2])])
    #expect(hidden == [true, true, false])
  }

  @Test("protects rows and columns of a breakdown together, hiding a rectangle")
  func breakdownRectangle() {
    let table = CountTable([[3, 20, 15], [12, 25, 30], [10, 18, 22]])
    let mask = table.suppressed(by: .standard)
    #expect(mask.cells == [[true, false, true], [false, false, false], [true, false, true]])
    #expect(mask.rowTotals == [false, false, false] && mask.columnTotals == [false, false, false])
    #expect(!mask.grandTotal)
  }

  @Test("hides a small group base and a partner base, so neither follows from the total")
  func groupBases() {
    // One row of group bases adding up to the question's base.
    let mask = CountTable([[40, 4, 25, 0]], publishesColumnTotals: false).suppressed(by: .standard)
    #expect(mask.cells == [[false, true, true, false]])
    #expect(!mask.rowTotals[0])
  }

  @Test(
    "follows the rule's minimum: 10 hides counts up to 9, 0 hides nothing",
    arguments: [
      (10, [false, true, true, false]), (6, [false, true, true, false]), (0, [false, false, false, false]),
    ])
  func minimumCell(minimum: Int, expected: [Bool]) {
    let hidden = SecondarySuppression.hidden(
      counts: [51, 3, 8, 40], lines: [AdditiveLine(total: 0, parts: [1, 2, 3])],
      rule: DisclosureRule(minimumCell: minimum))
    #expect(hidden == expected)
  }
}
