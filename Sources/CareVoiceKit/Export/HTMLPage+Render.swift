/// Rendering a page: the view model becomes plain template values, then Mustache writes the HTML.
extension HTMLPage {
  /// The page as one self-contained HTML document.
  ///
  /// Throws only if a template of this module does not compile, which the tests rule out.
  public func render() throws -> String {
    let library = try HTMLTemplates.library()
    return library.render(HTMLPageValues(self), withTemplate: "page") ?? ""
  }
}

/// The values the page template reads.
///
/// Optional things are lists of zero or one, never nil (see ``HTMLTemplates``).
struct HTMLPageValues {
  struct Paragraphs { let paragraphs: [String] }
  struct ContentsEntry {
    let anchor: String
    let heading: String
  }
  struct Contents { let entries: [ContentsEntry] }

  let htmlClass: String
  let styleSheet: String
  let title: String
  let subtitle: [String]
  let publisher: [String]
  let dateLabel: String
  let dateISO: String
  let dateText: String
  let howToRead: [Paragraphs]
  let contents: [Contents]
  let sections: [HTMLSectionValues]
  let footer: [Paragraphs]

  init(_ page: HTMLPage) {
    htmlClass = page.style.className
    styleSheet = HTMLStyleSheet.css
    title = page.title
    subtitle = page.subtitle.isEmpty ? [] : [page.subtitle]
    publisher = page.publisher.isEmpty ? [] : [page.publisher]
    dateLabel = page.dateLabel
    dateISO = page.generatedOn.description
    dateText = HTMLPageValues.longDate(page.generatedOn)
    howToRead = page.howToRead.isEmpty ? [] : [Paragraphs(paragraphs: page.howToRead)]
    var anchors = Set<String>()
    var figures = 0
    sections = page.sections.map { section in
      HTMLSectionValues(section, anchor: HTMLPageValues.anchor(for: section.id, avoiding: &anchors), figures: &figures)
    }
    let entries = sections.map { ContentsEntry(anchor: $0.anchor, heading: $0.heading) }
    contents = entries.count > 1 ? [Contents(entries: entries)] : []
    footer = page.methodNotes.isEmpty ? [] : [Paragraphs(paragraphs: page.methodNotes)]
  }

  /// "31 December 2025", as GOV.UK writes dates.
  static func longDate(_ day: Day) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    return "\(day.day) \(months[day.month - 1]) \(day.year)"
  }

  /// A fragment identifier made from `id`: lower-case letters, digits and hyphens, unique on the page,
  /// and never starting with `cv-`, which chart ids use.
  static func anchor(for id: String, avoiding used: inout Set<String>) -> String {
    var base = String(SVGChartFrame.sanitisedID(id).dropFirst(3))
    if base == "chart" || base.hasPrefix("cv-") { base = "section-" + base }
    var candidate = base
    var number = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(number)"
      number += 1
    }
    used.insert(candidate)
    return candidate
  }
}
