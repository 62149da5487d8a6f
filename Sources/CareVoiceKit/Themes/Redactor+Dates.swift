extension Redactor {
  /// Month names and their short forms, numbered 1–12.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  /// Dates written in figures: `12/03/2011`, `12-3-11`, `12.03.2011`, `2011-03-12`.
  static func numericDates(in bytes: [UInt8]) -> [Redaction] {
    var found: [Redaction] = []
    var start = 0
    while start < bytes.count {
      guard isDigitByte(bytes[start]), start == 0 || !isWordByte(bytes[start - 1]) else {
        start += 1
        continue
      }
      var groups: [(value: Int, length: Int)] = []
      var separator: UInt8?
      var index = start
      while index < bytes.count, groups.count < 3 {
        var value = 0
        var length = 0
        while index < bytes.count, isDigitByte(bytes[index]), length < 5 {
          value = value * 10 + Int(bytes[index] - 0x30)
          length += 1
          index += 1
        }
        guard length > 0 else { break }
        groups.append((value, length))
        guard groups.count < 3, index + 1 < bytes.count, "/-.".utf8.contains(bytes[index]),
          separator == nil || separator == bytes[index], isDigitByte(bytes[index + 1])
        else { break }
        separator = bytes[index]
        index += 1
      }
      let ends = index == bytes.count || !isWordByte(bytes[index])
      if groups.count == 3, ends, isDate(groups) {
        found.append(Redaction(range: start..<index, tag: .date))
        start = index
      } else {
        start = max(index, start + 1)
      }
    }
    return found
  }

  private static func isDate(_ groups: [(value: Int, length: Int)]) -> Bool {
    let (a, b, c) = (groups[0], groups[1], groups[2])
    if a.length == 4 { return (1...12).contains(b.value) && (1...31).contains(c.value) && c.length <= 2 }
    guard a.length <= 2, b.length <= 2, c.length == 2 || c.length == 4 else { return false }
    let dayMonth = (1...31).contains(a.value) && (1...12).contains(b.value)
    let monthDay = (1...12).contains(a.value) && (1...31).contains(b.value)
    return dayMonth || monthDay
  }

  private static func isDigitByte(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isWordByte(_ byte: UInt8) -> Bool {
    isDigitByte(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
  }

  /// Dates in words: "12 March 2011", "12th of March", "March 12th, 2011", "March 2011"; and
  /// whatever date follows "DOB", "date of birth", "born" or "birthday" ("DOB: 12.3", "born in 2011").
  static func writtenDates(in reading: RedactionText) -> [Redaction] {
    var found: [Redaction] = []
    let words = reading.words
    func span(_ first: Int, _ last: Int) {
      found.append(Redaction(range: words[first].range.lowerBound..<words[last].range.upperBound, tag: .date))
    }
    var index = 0
    while index < words.count {
      if let date = birthDate(in: reading, cueAt: index) {
        span(date.lowerBound, date.upperBound)
        index = date.upperBound + 1
        continue
      }
      guard isMonth(words[index]) else {
        index += 1
        continue
      }
      var first = index
      var last = index
      if index >= 1, dayNumber(words[index - 1]) != nil, words[index].boundary != .sentence {
        first = index - 1
      } else if index >= 2, words[index - 1].key == "of", dayNumber(words[index - 2]) != nil {
        first = index - 2
      }
      if index + 1 < words.count, words[index + 1].boundary != .sentence, dayNumber(words[index + 1]) != nil {
        last = index + 1
      }
      if last + 1 < words.count, words[last + 1].boundary != .sentence, isYear(words[last + 1]) {
        last += 1
      }
      let isPlainWord = words[index].key == "may" || words[index].key == "march" || words[index].key == "mar"
      let hasOrdinal =
        (first < index && words[first].key.contains(where: \.isLetter))
        || (last > index && words[index + 1].key.contains(where: \.isLetter))
      if first < index || last > index, !isPlainWord || words[index].isCapitalised || hasOrdinal || last > index + 1 {
        span(first, last)
        index = last + 1
      } else {
        index += 1
      }
    }
    return found
  }

  private static func isMonth(_ word: RedactionText.Word) -> Bool { word.facts.contains(.month) }

  /// The day in "12", "12th", "1st", "22nd", "3rd" (1–31).
  static func dayNumber(_ word: RedactionText.Word) -> Int? {
    let key = word.key
    let digits = key.prefix { $0.isASCII && $0.isNumber }
    let suffix = key.dropFirst(digits.count)
    guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value),
      suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix))
    else { return nil }
    return value
  }

  private static func isYear(_ word: RedactionText.Word) -> Bool {
    guard word.key.count == 4, let value = Int(word.key) else { return false }
    return (1900...2099).contains(value)
  }

  /// How many words the birth-date cue at `index` takes ("DOB" 1, "D.O.B" 3, "date of birth" 3), or 0.
  private static func cueLength(in reading: RedactionText, at index: Int) -> Int {
    guard reading.words[index].facts.contains(.birthCue) else { return 0 }
    let key = reading.words[index].key
    if birthCues.contains(key) { return 1 }
    if key == "date" && reading.spells(["date", "of", "birth"], at: index) { return 3 }
    if key == "d" && reading.spells(["d", "o", "b"], at: index) { return 3 }
    return 0
  }

  private static let birthCues: Set<String> = ["dob", "born", "birthday", "bday", "birthdate"]
  private static let birthCueLinks: Set<String> = ["is", "was", "on", "in", "the", "of"]

  /// The first and last words of the date after a birth-date cue at `index`, if a date follows it.
  private static func birthDate(in reading: RedactionText, cueAt index: Int) -> ClosedRange<Int>? {
    let length = cueLength(in: reading, at: index)
    guard length > 0 else { return nil }
    let words = reading.words
    var position = index + length
    while position < words.count, birthCueLinks.contains(words[position].key) {
      position += 1
    }
    var first: Int?
    var last: Int?
    while position < words.count {
      let word = words[position]
      if last != nil && word.boundary == .sentence { break }
      let isDatePart = dayNumber(word) != nil || isMonth(word) || isYear(word) || (word.isNumber && word.key.count <= 4)
      guard isDatePart || (last != nil && word.key == "of") else { break }
      if isDatePart {
        first = first ?? position
        last = position
      }
      position += 1
    }
    guard let first, let last else { return nil }
    return first...last
  }
}
