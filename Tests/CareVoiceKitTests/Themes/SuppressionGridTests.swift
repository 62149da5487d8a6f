import Testing

@testable import CareVoiceKit

@Suite struct SuppressionGridTests {
  @Test("hides counts from 1 to minimum − 1, never zero")
  func primary() {
    var grid = SuppressionGrid(rule: .standard)
    let cells = [0, 1, 5, 6, 40].map { grid.cell($0) }
    #expect(cells.map(grid.shown) == [0, nil, nil, 6, 40])
  }

  @Test("a lone hidden part of a sum takes the smallest shown part with it")
  func secondary() {
    var grid = SuppressionGrid(rule: .standard)
    let total = grid.cell(60)
    let parts = [30, 3, 12, 15].map { grid.cell($0) }
    grid.addSum(total: total, parts: parts)
    grid.protect()
    #expect(parts.map(grid.shown) == [30, nil, nil, 15])
    #expect(grid.shown(total) == 60)
  }

  @Test("a hidden base hides its whole slice, and the slice's hidden cells are protected in their sums")
  func slices() {
    var grid = SuppressionGrid(rule: .standard)
    let answered = grid.cell(20)
    let coded = grid.cell(17)
    let uncoded = grid.cell(3)
    grid.addSum(total: answered, parts: [coded, uncoded])
    grid.protect()
    #expect(grid.shown(coded) == nil && grid.shown(uncoded) == nil && grid.shown(answered) == 20)

    var other = SuppressionGrid(rule: .standard)
    let base = other.cell(4)
    let inside = other.cell(0)
    other.addSlice(base: base, cells: [inside])
    other.protect()
    #expect(other.isHidden(inside))
  }

  @Test("with suppression off nothing is hidden")
  func off() {
    var grid = SuppressionGrid(rule: .off)
    let total = grid.cell(4)
    let parts = [1, 3].map { grid.cell($0) }
    grid.addSum(total: total, parts: parts)
    grid.protect()
    #expect(([total] + parts).map(grid.shown) == [4, 1, 3])
  }
}
