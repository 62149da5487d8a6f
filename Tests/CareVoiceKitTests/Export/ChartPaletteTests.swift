import CareVoiceKit
import Testing

@Suite struct ChartPaletteTests {
  @Test(
    "computes WCAG contrast ratios",
    arguments: [(0x000000, 0xFFFFFF, 21.0), (0x767676, 0xFFFFFF, 4.54), (0x0072B2, 0xFFFFFF, 5.19)])
  func contrast(a: UInt32, b: UInt32, ratio: Double) {
    #expect(abs(ChartColour(hex: a).contrast(with: ChartColour(hex: b)) - ratio) < 0.01)
  }

  @Test("writes colours as CSS hex")
  func hex() {
    #expect(ChartColour(hex: 0x0072B2).description == "#0072b2")
    #expect(ChartColour(hex: 0x0B0C0C).description == "#0b0c0c")
  }

  @Test("keeps text at 4.5:1 and marks at 3:1 against white")
  func textAndMarks() {
    for text in [ChartPalette.ink, ChartPalette.secondary, ChartPalette.target] {
      #expect(text.contrast(with: ChartPalette.paper) >= 4.5, "\(text)")
    }
    #expect(ChartPalette.data.contrast(with: ChartPalette.paper) >= 3)
    #expect(ChartPalette.data.textColour.contrast(with: ChartPalette.data) >= 4.5)
  }

  @Test("gives every scale colour 3:1 on white and a text colour at 4.5:1 on it", arguments: 1...9)
  func scaleColours(count: Int) {
    let colours = ChartPalette.scale(count: count)
    #expect(colours.count == count)
    #expect(Set(colours).count == count, "no two answers share a colour")
    for colour in colours {
      #expect(colour.contrast(with: ChartPalette.paper) >= 3, "\(colour)")
      #expect(colour.textColour.contrast(with: colour) >= 4.5, "\(colour)")
    }
  }

  @Test("orders a two-answer and three-answer scale blue to orange")
  func diverging() {
    #expect(ChartPalette.scale(count: 2).map(\.description) == ["#0072b2", "#d55e00"])
    #expect(ChartPalette.scale(count: 3).map(\.description) == ["#005a8c", "#767676", "#d55e00"])
  }

  @Test(
    "draws badge words at 4.5:1 on the badge and its edge at 3:1 on white", arguments: SVGRatingBadge.Rating.allCases)
  func badgeContrast(rating: SVGRatingBadge.Rating) throws {
    let svg = SVGRatingBadge(rating: rating, text: "x").svg().markup
    let rect = try #require(SVGMarkup.elements("rect", in: svg).first)
    let text = try #require(SVGMarkup.elements("text", in: svg).first)
    let fill = try #require(Self.colour(rect["fill"]))
    let outline = try #require(Self.colour(rect["stroke"]))
    let ink = try #require(Self.colour(text["fill"]))
    #expect(ink.contrast(with: fill) >= 4.5)
    #expect(outline.contrast(with: ChartPalette.paper) >= 3)
  }

  static func colour(_ css: String?) -> ChartColour? {
    guard let css, css.hasPrefix("#"), let value = UInt32(css.dropFirst(), radix: 16) else { return nil }
    return ChartColour(hex: value)
  }
}
