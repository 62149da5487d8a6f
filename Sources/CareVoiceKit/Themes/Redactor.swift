/// Takes personal details out of a comment before it is quoted, putting a tag such as `[name]` in their place.
///
/// What goes: email addresses, UK phone numbers, postcodes, dates (numeric,
/// written out, and anything after "DOB" or "born"), the workspace's own names,
/// schools and places (`redaction.yaml`), names of schools ("Oakwood Academy"),
/// common first names, and capitalised words next to a cue such as "my social
/// worker", "called", "Mrs". What stays: family words ("Mum", "my nan"), and names
/// that are also ordinary words ("Will you…", "in May", "grace") unless a cue or a
/// capital in mid-sentence says they are names. See docs/themes.md.
public struct Redactor: Sendable {
  /// One personal detail found: where it is (UTF-8 offsets) and what kind it is.
  public struct Redaction: Sendable, Hashable {
    /// UTF-8 offsets of the detail in the text.
    public var range: Range<Int>
    /// What kind of detail it is.
    public var tag: RedactionTag

    /// A detail found at `range`.
    public init(range: Range<Int>, tag: RedactionTag) {
      self.range = range
      self.tag = tag
    }
  }

  /// The workspace's own names, schools and places (`redaction.yaml`).
  public let list: RedactionList
  /// The list's names, schools and places as lower-case words, longest first.
  let listedPhrases: [(words: [String], tag: RedactionTag)]

  /// A redactor using the built-in lists and the workspace's own.
  public init(list: RedactionList = RedactionList()) {
    self.list = list
    var phrases: [(words: [String], tag: RedactionTag)] = []
    for (entries, tag) in [(list.names, RedactionTag.name), (list.schools, .school), (list.places, .place)] {
      for entry in entries {
        let words = RedactionText(entry).words.map(\.key)
        if !words.isEmpty { phrases.append((words, tag)) }
      }
    }
    self.listedPhrases = phrases.sorted { $0.words.count > $1.words.count }
  }

  /// The text with every personal detail replaced by its tag; a name and surname become one `[name]`.
  public func redacted(_ text: String) -> String {
    let found = redactions(in: text)
    guard !found.isEmpty else { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var position = 0
    for redaction in found {
      output += bytes[position..<redaction.range.lowerBound]
      output += redaction.tag.placeholder.utf8
      position = redaction.range.upperBound
    }
    output += bytes[position...]
    return String(decoding: output, as: UTF8.self)
  }

  /// The personal details in a text, in order, never overlapping.
  public func redactions(in text: String) -> [Redaction] {
    let reading = RedactionText(text)
    var found: [Redaction] = []
    func add(_ candidates: [Redaction]) {
      for candidate in candidates where !found.contains(where: { $0.range.overlaps(candidate.range) }) {
        found.append(candidate)
      }
    }
    add(Self.emails(in: reading.bytes))
    add(Self.phoneNumbers(in: reading.bytes))
    add(Self.numericDates(in: reading.bytes))
    add(Self.postcodes(in: reading))
    add(Self.writtenDates(in: reading))
    add(listed(in: reading))
    add(Self.schools(in: reading))
    add(Self.names(in: reading, besides: found))
    return Self.joined(found.sorted { $0.range.lowerBound < $1.range.lowerBound }, bytes: reading.bytes)
  }

  /// Neighbouring redactions of one kind with only spaces between them, as one ("[name] [name]" → "[name]").
  private static func joined(_ found: [Redaction], bytes: [UInt8]) -> [Redaction] {
    var joined: [Redaction] = []
    for redaction in found {
      if let last = joined.last, last.tag == redaction.tag,
        bytes[last.range.upperBound..<redaction.range.lowerBound].allSatisfy({ $0 == 0x20 })
      {
        joined[joined.count - 1].range = last.range.lowerBound..<redaction.range.upperBound
      } else {
        joined.append(redaction)
      }
    }
    return joined
  }

  /// The workspace's names, schools and places, matched word by word in any case.
  private func listed(in reading: RedactionText) -> [Redaction] {
    var found: [Redaction] = []
    var index = 0
    while index < reading.words.count {
      if let phrase = listedPhrases.first(where: { reading.spells($0.words, at: index) }) {
        let last = reading.words[index + phrase.words.count - 1]
        let end = phrase.tag == .name ? last.range.upperBound : last.fullRange.upperBound
        found.append(Redaction(range: reading.words[index].range.lowerBound..<end, tag: phrase.tag))
        index += phrase.words.count
      } else {
        index += 1
      }
    }
    return found
  }
}
