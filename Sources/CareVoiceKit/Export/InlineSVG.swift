/// A finished SVG drawing, ready to be placed inside an HTML page as it is.
///
/// Only the chart types of this module can make one, so an HTML template may
/// insert its markup unescaped (`{{{svg}}}`) without ever inserting text a
/// person typed: every label inside has already been escaped.
public struct InlineSVG: Sendable, Hashable, CustomStringConvertible {
  /// The `<svg>…</svg>` markup.
  public let markup: String

  init(_ element: SVGElement) {
    self.markup = element.rendered()
  }

  /// The markup, so a chart prints as its SVG.
  public var description: String { markup }
}
