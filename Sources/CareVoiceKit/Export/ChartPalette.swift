/// The colours of every chart and badge: Okabe–Ito hues, darkened where needed so they meet WCAG AA on white.
///
/// Contrast ratios on the white background (checked by `ChartPaletteTests`):
///
/// | colour | use | on white | text drawn on it |
/// | --- | --- | --- | --- |
/// | ink `#0b0c0c` | labels, values | 19.6 | — |
/// | secondary `#505a5f` | axis labels, hatching, notes | 7.1 | — |
/// | data blue `#0072b2` | bars, trend line | 5.2 | white 5.2 |
/// | target `#b34700` | target line and its label | 5.5 | — |
/// | scale `#005a8c` `#2b8cc4` `#767676` `#d55e00` `#8a3a00` | segments, most to least positive | 3.7–7.8 | ink or white, ≥ 4.5 |
/// | green `#00785a`, amber `#e69f00`, red `#b8360f` | ratings | 5.5, 2.3 (with an `#8a5a00` outline, 5.9), 5.9 | white, ink, white |
///
/// Bars need 3:1 against the background and text 4.5:1 against what it sits on.
/// Blue against orange is the pairing that people with red–green colour blindness
/// tell apart best; ratings also carry a shape and a word, never colour alone.
public enum ChartPalette {
  /// The background of every chart.
  public static let paper = ChartColour(hex: 0xFFFFFF)
  /// Body text and value labels.
  public static let ink = ChartColour(hex: 0x0B0C0C)
  /// Axis labels, notes and the hatching of hidden values.
  public static let secondary = ChartColour(hex: 0x505A5F)
  /// Grid lines: decoration only, every value is also written as a number.
  public static let grid = ChartColour(hex: 0xD5D8DA)
  /// The one colour of a single-series chart.
  public static let data = ChartColour(hex: 0x0072B2)
  /// The target line and its label.
  public static let target = ChartColour(hex: 0xB34700)

  /// Colours for the answers of a scale, ordered from the most positive answer to the least.
  ///
  /// Two answers: blue and orange. Three: blue, grey, orange. Four and five add a
  /// lighter blue and a darker orange. Beyond five, Okabe–Ito's other hues follow.
  public static func scale(count: Int) -> [ChartColour] {
    let darkBlue = ChartColour(hex: 0x005A8C)
    let lightBlue = ChartColour(hex: 0x2B8CC4)
    let grey = ChartColour(hex: 0x767676)
    let orange = ChartColour(hex: 0xD55E00)
    let darkOrange = ChartColour(hex: 0x8A3A00)
    switch count {
    case ...0: return []
    case 1: return [data]
    case 2: return [data, orange]
    case 3: return [darkBlue, grey, orange]
    case 4: return [darkBlue, lightBlue, orange, darkOrange]
    case 5: return [darkBlue, lightBlue, grey, orange, darkOrange]
    default:
      let more = [
        ChartColour(hex: 0x009E73), ChartColour(hex: 0xCC79A7), ChartColour(hex: 0x8A5A00), secondary,
      ]
      let base = [darkBlue, lightBlue, grey, orange, darkOrange] + more
      return (0..<count).map { base[$0 % base.count] }
    }
  }

  /// The fill, outline and text colours of a rating badge.
  static func badge(_ rating: SVGRatingBadge.Rating) -> (fill: ChartColour, outline: ChartColour, text: ChartColour) {
    switch rating {
    case .green: return (ChartColour(hex: 0x00785A), ChartColour(hex: 0x00785A), paper)
    case .amber: return (ChartColour(hex: 0xE69F00), ChartColour(hex: 0x8A5A00), ink)
    case .red: return (ChartColour(hex: 0xB8360F), ChartColour(hex: 0xB8360F), paper)
    case .grey: return (ChartColour(hex: 0xF3F2F1), secondary, ink)
    }
  }
}
