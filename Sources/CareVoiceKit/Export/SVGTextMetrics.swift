/// Estimates of how wide a text will be drawn, for laying out charts without a font engine.
///
/// The browser picks the font (the system sans-serif), so widths are estimated
/// per character from a wide sans-serif (DejaVu Sans) and err on the wide side:
/// a label given too much room looks fine, one given too little overflows.
enum SVGTextMetrics {
  /// The estimated width of `text` at `fontSize`, in the same units.
  static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
    var ems = 0.0
    for scalar in text.unicodeScalars {
      ems += emWidth(of: scalar)
    }
    return ems * fontSize * (bold ? 1.08 : 1)
  }

  /// `text` broken into lines no wider than `maxWidth`, at spaces where possible.
  ///
  /// A word wider than a whole line is cut between characters, so nothing overflows.
  static func wrapped(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
      let candidate = line.isEmpty ? word : line + " " + word
      if width(of: candidate, fontSize: fontSize, bold: bold) <= maxWidth {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = ""
      for character in word {
        let longer = line + String(character)
        if !line.isEmpty && width(of: longer, fontSize: fontSize, bold: bold) > maxWidth {
          lines.append(line)
          line = String(character)
        } else {
          line = longer
        }
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  private static func emWidth(of scalar: Unicode.Scalar) -> Double {
    switch scalar {
    case " ", "i", "l", "j", "t", "f", "I", ".", ",", ":", ";", "'", "|", "!", "(", ")", "[", "]":
      return 0.36
    case "m", "w", "M", "W", "@", "%":
      return 0.95
    case "A"..."Z":
      return 0.72
    case "0"..."9":
      return 0.64
    case "a"..."z", "-", "/", "?", "\"":
      return 0.6
    default:
      return scalar.value < 0x2E80 ? 0.72 : 1.0
    }
  }
}
