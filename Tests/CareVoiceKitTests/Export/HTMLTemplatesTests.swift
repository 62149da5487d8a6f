import Foundation
import Mustache
import Testing

@testable import CareVoiceKit

@Suite struct HTMLTemplatesTests {
  @Test("compiles every template")
  func compiles() throws {
    let library = try HTMLTemplates.library()
    for (name, _) in HTMLTemplates.partials {
      #expect(library.getTemplate(named: name) != nil, "\(name)")
    }
  }

  @Test("inserts markup unescaped only for the style sheet and this module's SVG")
  func unescapedOnlyForTrustedMarkup() {
    var unescaped = Set<String>()
    for (_, text) in HTMLTemplates.partials {
      for match in XLSXPackage.matches(#"\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}"#, in: text) {
        unescaped.insert(match[1].isEmpty ? match[2] : match[1])
      }
    }
    #expect(unescaped == ["styleSheet", "svg", "badge"])
    #expect(HTMLTemplates.partials.allSatisfy { !$0.text.contains("CONTENT_TYPE") })
  }

  @Test("never lets a missing value fall back to an enclosing one")
  func noOptionalsInValues() {
    // Mustache looks a missing name up in the enclosing object; the values hold no optionals, only lists.
    let page = HTMLPageValues(SamplePledgePage.board())
    var pending: [Any] = [page]
    var seen = 0
    while let value = pending.popLast() {
      for child in Mirror(reflecting: value).children {
        #expect(Mirror(reflecting: child.value).displayStyle != .optional, "\(child.label ?? "?")")
        if let list = child.value as? [Any] { pending += list } else { pending.append(child.value) }
        seen += 1
      }
    }
    #expect(seen > 100)
  }
}
