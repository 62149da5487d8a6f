import Foundation

/// An sRGB colour used in charts, with the WCAG 2 arithmetic to check its contrast.
public struct ChartColour: Sendable, Hashable, CustomStringConvertible {
  public let red: UInt8
  public let green: UInt8
  public let blue: UInt8

  /// A colour from its hexadecimal value, `0x0072B2`.
  public init(hex: UInt32) {
    red = UInt8((hex >> 16) & 0xFF)
    green = UInt8((hex >> 8) & 0xFF)
    blue = UInt8(hex & 0xFF)
  }

  /// `#0072b2`, as SVG and CSS write it.
  public var description: String {
    let digits = Array("0123456789abcdef")
    return "#" + [red, green, blue].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 0xF)])" }.joined()
  }

  /// WCAG 2 relative luminance, from 0 (black) to 1 (white).
  public var relativeLuminance: Double {
    func linear(_ channel: UInt8) -> Double {
      let value = Double(channel) / 255
      return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// WCAG 2 contrast ratio with another colour, from 1 to 21.
  public func contrast(with other: ChartColour) -> Double {
    let (a, b) = (relativeLuminance, other.relativeLuminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// Whichever of ink and white reads better on this colour, for text drawn inside a bar.
  public var textColour: ChartColour {
    contrast(with: ChartPalette.ink) >= contrast(with: ChartPalette.paper) ? ChartPalette.ink : ChartPalette.paper
  }
}
