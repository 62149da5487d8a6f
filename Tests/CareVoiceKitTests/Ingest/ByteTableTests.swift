import Testing

@testable import CareVoiceKit

/// The byte-keyed table behind cell memories and response ids: keys of every length, and keys alike in their first 16 bytes.
@Suite struct ByteTableTests {
  /// Keys either side of the 8 and 16 bytes kept as words, and longer ones that share those 16 bytes.
  static let keys: [String] = [
    "", "Y", "Yes", "No", "Sometimes", "R1234567", "R12345678", "Strongly disagree", "Strongly agree",
    "0123456789abcdef", "0123456789abcdefX", "0123456789abcdefY", "0123456789abcdef0123456789abcdefZ",
    "0123456789abcdef0123456789abcdefZZ", "Ça va", "Yes ",
  ]

  @Test("finds every key it was given, by its bytes, and no other")
  func findsEveryKey() {
    var table = ByteTable<Int>()
    for (index, key) in Self.keys.enumerated() { table.set(index, for: key) }
    #expect(table.count == Self.keys.count)
    for (index, key) in Self.keys.enumerated() { #expect(table.value(for: key) == index, "\(key)") }
    for absent in ["yes", "0123456789abcde", "0123456789abcdefZ", "R123456", "Strongly", "Yes  "] {
      #expect(table.value(for: absent) == nil, "\(absent)")
    }
  }

  @Test("insert keeps the first value of a key and tells it back; set replaces it")
  func insertAndSet() {
    var table = ByteTable<Int>()
    #expect(table.insert(1, for: "0123456789abcdef-long-id") == nil)
    #expect(table.insert(2, for: "0123456789abcdef-long-id") == 1)
    #expect(table.insert(3, for: "0123456789abcdef-long-iD") == nil)
    table.set(4, for: "0123456789abcdef-long-id")
    #expect(table.value(for: "0123456789abcdef-long-id") == 4)
    #expect(table.value(for: "0123456789abcdef-long-iD") == 3)
    #expect(table.count == 2)
  }

  @Test("keeps every key as it grows past many doublings")
  func growsWithoutLosingKeys() {
    var table = ByteTable<Int>(capacity: 1)
    var repeated: [Int] = []
    for number in 0..<50_000 where table.insert(number, for: "response-\(number)-of-a-long-export") != nil {
      repeated.append(number)
    }
    #expect(repeated.isEmpty)
    #expect(table.count == 50_000)
    var lost: [Int] = []
    for number in 0..<50_000 where table.value(for: "response-\(number)-of-a-long-export") != number {
      lost.append(number)
    }
    #expect(lost.isEmpty, "lost \(lost.count) of 50,000, such as \(lost.prefix(3))")
    #expect(table.value(for: "response-50000-of-a-long-export") == nil)
  }
}
