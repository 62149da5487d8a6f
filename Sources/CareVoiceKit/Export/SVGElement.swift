/// An SVG element built in code, whose rendering escapes every attribute value and every text.
///
/// Chart code never concatenates markup by hand: it builds these, so a label such as
/// `<script>` or `"` can only ever come out as text.
struct SVGElement: Sendable {
  /// A child of an element: another element, or text.
  enum Child: Sendable {
    case element(SVGElement)
    case text(String)
  }

  var name: String
  var attributes: [(name: String, value: String)]
  var children: [Child]

  init(_ name: String, _ attributes: [(name: String, value: String)] = [], _ children: [SVGElement] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children.map { .element($0) }
  }

  init(_ name: String, _ attributes: [(name: String, value: String)] = [], text: String) {
    self.name = name
    self.attributes = attributes
    self.children = [.text(text)]
  }

  /// The element as markup.
  func rendered() -> String {
    var out = ""
    render(into: &out)
    return out
  }

  private func render(into out: inout String) {
    out += "<" + name
    for attribute in attributes {
      out += " " + attribute.name + "=\"" + SVGElement.escaped(attribute.value) + "\""
    }
    if children.isEmpty {
      out += "/>"
      return
    }
    out += ">"
    for child in children {
      switch child {
      case .element(let element): element.render(into: &out)
      case .text(let text): out += SVGElement.escaped(text)
      }
    }
    out += "</" + name + ">"
  }

  /// Text made safe for XML and HTML text and attribute values.
  ///
  /// The five markup characters become references; tab, line feed and carriage return
  /// become numeric references (so attribute values keep them); every other control
  /// character, which XML 1.0 forbids, is dropped.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out += "&#\(scalar.value);"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          continue
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Double {
  /// The number as an SVG coordinate: at most two decimals, no trailing zeros, never exponent notation.
  var svgNumber: String {
    guard isFinite, abs(self) < 1e12 else { return "0" }
    let hundredths = (self * 100).rounded()
    let whole = Int(hundredths / 100)
    let fraction = abs(Int(hundredths) % 100)
    let sign = hundredths < 0 && whole == 0 ? "-" : ""
    if fraction == 0 { return sign + String(whole) }
    let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
    let trimmed = digits.hasSuffix("0") ? String(digits.dropLast()) : digits
    return sign + String(whole) + "." + trimmed
  }
}
