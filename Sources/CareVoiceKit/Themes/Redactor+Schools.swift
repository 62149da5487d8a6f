extension Redactor {
  /// Words that end the name of a school ("Oakwood Academy", "St Mary's Primary", "Hilltop High School").
  static let schoolWords: Set<String> = [
    "primary", "academy", "school", "college", "high", "secondary", "junior", "juniors", "infant", "infants",
    "nursery", "grammar", "comprehensive",
  ]

  private static let schoolConnectors: Set<String> = ["of", "the", "st", "saint", "and"]

  /// Names of schools: capitalised words ending in a capitalised school word, with at least one proper name
  /// among them ("Oakwood Academy", but not "High School" or "My School").
  static func schools(in reading: RedactionText) -> [Redaction] {
    let words = reading.words
    var found: [Redaction] = []
    var index = 0
    while index < words.count {
      guard words[index].hasCapital, words[index].facts.contains(.schoolWord) else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < words.count, words[last + 1].hasCapital, words[last + 1].boundary == .space,
        words[last + 1].facts.contains(.schoolWord)
      {
        last += 1
      }
      var first = index
      while first > 0, words[first].boundary != .sentence,
        (words[first - 1].hasCapital && !reading.isNeverName(first - 1))
          || schoolConnectors.contains(words[first - 1].key)
      {
        first -= 1
      }
      while first < index, schoolConnectors.contains(words[first].key) && words[first].key != "st" { first += 1 }
      let hasProperName = (first..<index).contains { !words[$0].facts.contains(.schoolWord) && words[$0].hasCapital }
      if hasProperName {
        found.append(Redaction(range: words[first].range.lowerBound..<words[last].range.upperBound, tag: .school))
      }
      index = last + 1
    }
    return found
  }
}
