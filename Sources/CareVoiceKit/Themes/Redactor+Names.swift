extension Redactor {
  /// Names of people: common first names, capitalised words next to a cue, and the surnames after them.
  static func names(in reading: RedactionText, besides found: [Redaction]) -> [Redaction] {
    let words = reading.words
    guard !words.isEmpty else { return [] }
    let isTaken = words.map { word in found.contains { $0.range.overlaps(word.range) } }
    var isName = words.indices.map { !isTaken[$0] && isKnownName(at: $0, in: reading) }
    let isShouting = words.filter(\.isAllCapitals).count * 2 > words.count

    /// Marks the names a cue announces, from `start` on: "Sam", "Sam and Jo", "Sam, Jo and Alex".
    func markAfter(_ start: Int, acrossSentenceEnd: Bool = false) {
      var index = start
      var listed = 0
      while index < words.count, listed < 5, !isTaken[index],
        acrossSentenceEnd && index == start || words[index].boundary != .sentence,
        isCandidate(index, strict: isShouting)
      {
        isName[index] = true
        listed += 1
        let next = index + 1
        if next < words.count, words[next].key == "and" || (words[next].boundary == .pause && words[next].hasCapital) {
          index = words[next].key == "and" ? next + 1 : next
        } else {
          break
        }
      }
    }

    /// Whether a word after or before a cue can be a name.
    func isCandidate(_ index: Int, strict: Bool) -> Bool {
      let word = words[index]
      guard word.hasCapital else { return false }
      if isListedFirstName(word) { return true }
      return !strict && !reading.isNeverName(index) && !word.isNumber
    }

    for index in words.indices {
      if let length = roleLength(in: reading, at: index) {
        markAfter(index + length)
        markBefore(role: index, in: reading, isTaken: isTaken, isCandidate: isCandidate(_:strict:), isName: &isName)
      } else if words[index].facts.contains(.kinship) {
        markAfter(index + 1)
      } else if words[index].facts.contains(.title), words[index].isCapitalised {
        markAfter(index + 1, acrossSentenceEnd: true)
      } else if words[index].facts.contains(.introduction),
        let introduction = NameCues.introductions.first(where: { reading.spells($0, at: index) })
      {
        markAfter(index + introduction.count)
      }
    }
    for index in words.indices.dropFirst() where isName[index - 1] && !isName[index] && !isTaken[index] {
      let word = words[index]
      if word.boundary == .space, word.hasCapital, !reading.isNeverName(index) || isListedFirstName(word) {
        isName[index] = true
      }
    }
    return words.indices.filter { isName[$0] }.map { Redaction(range: words[$0].range, tag: .name) }
  }

  /// Marks a name standing before "my …" or "is my …" at `role`: "Sam is my carer", "Sam, our IRO".
  private static func markBefore(
    role: Int, in reading: RedactionText, isTaken: [Bool], isCandidate: (Int, Bool) -> Bool, isName: inout [Bool]
  ) {
    let words = reading.words
    var index = role - 1
    guard index >= 0, ["my", "our", "the", "his", "her", "their"].contains(words[index].key),
      words[role].boundary != .sentence
    else { return }
    if index >= 1, ["is", "was", "and"].contains(words[index - 1].key), words[index].boundary != .sentence {
      index -= 1
    }
    let candidate = index - 1
    guard candidate >= 0, words[index].boundary != .sentence, !isTaken[candidate], isCandidate(candidate, false)
    else { return }
    isName[candidate] = true
  }

  /// How many words the role at `index` takes ("social worker" 2), if one starts there.
  private static func roleLength(in reading: RedactionText, at index: Int) -> Int? {
    guard reading.words[index].facts.contains(.roleStart) else { return nil }
    return NameCues.rolesByFirstWord[reading.words[index].key]?.filter { reading.spells($0, at: index) }.map(\.count)
      .max()
  }

  private static func isListedFirstName(_ word: RedactionText.Word) -> Bool {
    word.hasPart(.firstName)
  }

  /// Whether a word is a first name on its own account, without a cue.
  private static func isKnownName(at index: Int, in reading: RedactionText) -> Bool {
    let word = reading.words[index]
    if word.hasPart(.plainName) { return true }
    guard word.hasPart(.commonWordName), word.isCapitalised else { return false }
    if word.isHyphenated {
      return word.hyphenParts.allSatisfy { !WordFacts.of($0).isDisjoint(with: .firstName) }
    }
    guard !word.isSentenceStart else { return false }
    let previous: WordFacts = index > 0 ? reading.words[index - 1].facts : []
    if previous.contains(.determiner) { return false }
    if word.facts.contains(.timeName) {
      let next = index + 1 < reading.words.count ? reading.words[index + 1] : nil
      if previous.contains(.timeWord) || next.map({ $0.isNumber || dayNumber($0) != nil }) == true {
        return false
      }
    }
    return true
  }
}
