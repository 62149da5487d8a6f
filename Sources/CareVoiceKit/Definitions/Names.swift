/// How names written by people are compared: a column heading with a question, an answer with an option.
///
/// Two tiers, as DESIGN.md §4 says: ``normalized(_:)`` ignores case and surrounding spaces;
/// ``folded(_:)`` also drops everything but letters and digits, so `Feel safe?`, `feel_safe`
/// and `feelsafe` meet. ASCII text, which nearly every export is, takes a byte loop.
public enum Names {
  /// The name without surrounding spaces, in lower case.
  public static func normalized(_ name: String) -> String {
    if let ascii = asciiNormalized(name) { return ascii }
    var characters = Substring(name)
    while let first = characters.first, first.isWhitespace { characters.removeFirst() }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    return characters.lowercased()
  }

  /// Only the name's letters and digits, in lower case.
  public static func folded(_ name: String) -> String {
    if let ascii = withUTF8(of: name, asciiFolded) { return ascii }
    return String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// The candidate nearest to a misspelt name, for "did you mean": nil when none is close enough.
  ///
  /// Case is ignored; a swap of two neighbouring letters counts as one slip. A name of up to
  /// three characters may be one slip away, up to eight two, longer ones three.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let wanted = Array(name.lowercased())
    let limit = wanted.count <= 3 ? 1 : wanted.count <= 8 ? 2 : 3
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(wanted, Array(candidate.lowercased()))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// The number of insertions, deletions, substitutions and swaps of neighbours that turn one text into the other.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  /// Runs a body over the name's UTF-8 bytes in contiguous memory, copying only a bridged string.
  private static func withUTF8(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
    if let result = name.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(name.utf8).withUnsafeBufferPointer(body)
  }

  /// The normalized name when it is all ASCII (nil otherwise), without copying when it already is normalized.
  private static func asciiNormalized(_ name: String) -> String? {
    withUTF8(of: name) { bytes in
      var needsLowering = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte &- UInt8(ascii: "A") < 26 { needsLowering = true }
      }
      var start = 0
      var end = bytes.count
      while start < end, isSpace(bytes[start]) { start += 1 }
      while end > start, isSpace(bytes[end - 1]) { end -= 1 }
      if !needsLowering, start == 0, end == bytes.count { return name }
      return String(unsafeUninitializedCapacity: end - start) { buffer in
        for offset in start..<end {
          let byte = bytes[offset]
          buffer[offset - start] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
        }
        return end - start
      }
    }
  }

  /// The folded name when it is all ASCII; nil otherwise.
  private static func asciiFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for byte in bytes where byte >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var count = 0
      for byte in bytes {
        let lowered = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
        if lowered &- UInt8(ascii: "a") < 26 || lowered &- UInt8(ascii: "0") < 10 {
          buffer[count] = lowered
          count += 1
        }
      }
      return count
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0d).contains(byte)
  }
}
