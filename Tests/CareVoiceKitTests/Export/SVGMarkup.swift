import Foundation

/// Pieces of chart markup found with patterns, for tests.
enum SVGMarkup {
  /// The text inside every `<text>` element, unescaped.
  static func texts(_ svg: String) -> [String] {
    XLSXPackage.matches(#"<text[^>]*>(.*?)</text>"#, in: svg).map {
      XLSXPackage.unescaped($0[1].replacingOccurrences(of: "&#39;", with: "'"))
    }
  }

  /// The attributes of every element named `name`, by attribute name.
  static func elements(_ name: String, in svg: String) -> [[String: String]] {
    XLSXPackage.matches("<\(name) ([^>]*?)/?>", in: svg).map { match in
      var attributes: [String: String] = [:]
      for pair in XLSXPackage.matches(#"([a-z:-]+)="([^"]*)""#, in: match[1]) {
        attributes[pair[1]] = pair[2]
      }
      return attributes
    }
  }

  /// Every `id` in the markup.
  static func ids(_ svg: String) -> [String] {
    XLSXPackage.matches(#" id="([^"]*)""#, in: svg).map { $0[1] }
  }
}
