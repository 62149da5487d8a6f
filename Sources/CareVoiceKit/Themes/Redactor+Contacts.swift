extension Redactor {
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

  private static let localMarks: Set<UInt8> = Set(".+-_%'".utf8)
  private static let phoneSeparators: Set<UInt8> = Set(" -.()".utf8)
  private static let unusedInwardLetters: Set<UInt8> = Set("cikmovCIKMOV".utf8)

  /// Email addresses: `name@domain.tld`.
  static func emails(in bytes: [UInt8]) -> [Redaction] {
    var found: [Redaction] = []
    for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
      var start = at
      while start > 0, isAlphanumeric(bytes[start - 1]) || localMarks.contains(bytes[start - 1]) { start -= 1 }
      var end = at + 1
      while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x2D { end += 1 }
      while end > at + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
      let domain = bytes[(at + 1)..<end]
      guard start < at, let dot = domain.lastIndex(of: 0x2E), end - dot > 2, dot > at + 1 else { continue }
      found.append(Redaction(range: start..<end, tag: .email))
    }
    return found
  }

  /// UK phone numbers: mobiles (07…), landlines (01…, 02…, 03…), 08… numbers, and +44 forms,
  /// with spaces, dashes, dots or brackets between the digits.
  static func phoneNumbers(in bytes: [UInt8]) -> [Redaction] {
    var found: [Redaction] = []
    var start = 0
    while start < bytes.count {
      let byte = bytes[start]
      let opens =
        (isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "("))
        && (start == 0 || !isAlphanumeric(bytes[start - 1]))
      if opens, let end = phoneNumberEnd(in: bytes, from: start) {
        found.append(Redaction(range: start..<end, tag: .phone))
        start = end
      } else {
        start += 1
      }
    }
    return found
  }

  /// Where the longest UK phone number starting at `start` ends, if one does.
  private static func phoneNumberEnd(in bytes: [UInt8], from start: Int) -> Int? {
    var digits: [UInt8] = []
    var groupEnds: [(offset: Int, digits: Int)] = []
    var index = start
    if bytes[index] == UInt8(ascii: "+") { index += 1 }
    let international = index > start
    let separators = phoneSeparators
    while index < bytes.count {
      if isDigit(bytes[index]) {
        digits.append(bytes[index])
        index += 1
        if index == bytes.count || !isDigit(bytes[index]) { groupEnds.append((index, digits.count)) }
      } else if separators.contains(bytes[index]), digits.count < 14 {
        var next = index
        while next < bytes.count, next - index < 3, separators.contains(bytes[next]) { next += 1 }
        guard next < bytes.count, isDigit(bytes[next]) else { break }
        index = next
      } else {
        break
      }
    }
    for group in groupEnds.reversed() {
      guard group.offset == bytes.count || !isLetter(bytes[group.offset]) else { continue }
      if isUKNumber(Array(digits[..<group.digits]), international: international) { return group.offset }
    }
    return nil
  }

  private static func isUKNumber(_ digits: [UInt8], international: Bool) -> Bool {
    var national = digits
    if international {
      guard national.starts(with: Array("44".utf8)) else { return false }
      national.removeFirst(2)
      if national.first == UInt8(ascii: "0") { national.removeFirst() }
      national.insert(UInt8(ascii: "0"), at: 0)
    }
    guard national.count >= 10, national.count <= 11, national[0] == UInt8(ascii: "0") else { return false }
    switch national[1] {
    case UInt8(ascii: "1"): return true
    case UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "7"), UInt8(ascii: "8"): return national.count == 11
    default: return false
    }
  }

  /// UK postcodes ("SW1A 1AA", "m1 1ae", "B338TH"), all capitals or all lower case.
  static func postcodes(in reading: RedactionText) -> [Redaction] {
    var found: [Redaction] = []
    let words = reading.words
    for (index, word) in words.enumerated() {
      let length = word.text.utf8.count
      guard length >= 2, length <= 7, word.text.utf8.contains(where: isDigit) else { continue }
      let text = Array(word.text.utf8)
      if isPostcode(text) {
        found.append(Redaction(range: word.range, tag: .postcode))
      } else if isOutwardCode(text), index + 1 < words.count, words[index + 1].boundary == .space,
        isInwardCode(Array(words[index + 1].text.utf8)), (word.text + words[index + 1].text).isOneCase
      {
        found.append(Redaction(range: word.range.lowerBound..<words[index + 1].range.upperBound, tag: .postcode))
      }
    }
    return found
  }

  private static func isOutwardCode(_ text: [UInt8]) -> Bool {
    let letters = text.prefix { isLetter($0) }.count
    guard (1...2).contains(letters), text.count > letters, isDigit(text[letters]) else { return false }
    let rest = text[(letters + 1)...]
    return rest.count <= 1 && rest.allSatisfy(isAlphanumeric)
  }

  private static func isInwardCode(_ text: [UInt8]) -> Bool {
    let unused = unusedInwardLetters
    guard text.count == 3, isDigit(text[0]), isLetter(text[1]), isLetter(text[2]),
      !unused.contains(text[1]), !unused.contains(text[2])
    else { return false }
    let suffix = String(decoding: text[1...], as: UTF8.self)
    return !["st", "nd", "rd", "th"].contains(suffix)
  }

  private static func isPostcode(_ text: [UInt8]) -> Bool {
    guard text.count >= 5, text.count <= 7 else { return false }
    return isOutwardCode(Array(text.dropLast(3))) && isInwardCode(Array(text.suffix(3)))
      && String(decoding: text, as: UTF8.self).isOneCase
  }
}

extension String {
  /// Whether its letters are all capitals or all small.
  fileprivate var isOneCase: Bool { self == uppercased() || self == lowercased() }
}
