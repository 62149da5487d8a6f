import Foundation

/// Comments coded lately and what coding them gave, so that a comment written many times ("no", "nothing",
/// "all good") is coded once.
///
/// Bounded: 4,096 slots chosen by the text's digest, one text each, texts of
/// at most 256 bytes. A text is remembered the second time its slot sees its
/// digest, so a stream of distinct comments costs a number written per
/// comment, never a copy. A hit is checked byte for byte, so the memo can never
/// change a figure: coding is a function of the text alone.
struct CommentMemo: Sendable {
  /// What coding one text gave, and which of its once-per-text effects are done.
  struct Entry: Sendable {
    var text: [UInt8]
    var wordCount: Int
    var mentions: [CodedMention]
    /// Whether it has been offered as a quote candidate (offering the same text again changes nothing).
    var hasOfferedQuotes = false
    /// Its emerging phrases, once worked out (for an uncoded comment).
    var phrases: [EmergingPhraseCounts.Phrase]?
    /// Its redacted, quotable text, once worked out (for `--uncoded`).
    var uncodedQuote: String?
  }

  static let slotCount = 4096
  static let longestText = 256

  private var digests = [UInt64](repeating: 0, count: slotCount)
  private(set) var entries = [Entry?](repeating: nil, count: slotCount)

  private static func slot(of digest: UInt64) -> Int { Int(truncatingIfNeeded: digest) & (slotCount - 1) }

  /// The slot remembering exactly this text, if any.
  func find(_ text: UnsafeBufferPointer<UInt8>, digest: UInt64) -> Int? {
    let slot = Self.slot(of: digest)
    guard digests[slot] == digest, let entry = entries[slot], entry.text.count == text.count else { return nil }
    let isSame = entry.text.withUnsafeBufferPointer { stored in
      guard let storedStart = stored.baseAddress, let textStart = text.baseAddress else { return true }
      return memcmp(storedStart, textStart, stored.count) == 0
    }
    return isSame ? slot : nil
  }

  /// The word count of a remembered slot's text (0 for an empty slot), read without copying its entry.
  func wordCount(at slot: Int) -> Int { entries[slot]?.wordCount ?? 0 }

  /// The mentions of a remembered slot's text.
  func mentions(at slot: Int) -> [CodedMention] { entries[slot]?.mentions ?? [] }

  /// Whether a remembered slot's text has been offered as a quote candidate.
  func hasOfferedQuotes(at slot: Int) -> Bool { entries[slot]?.hasOfferedQuotes ?? false }

  /// Remembers a text just coded if its slot saw its digest before; returns the slot when it did.
  mutating func remember(
    _ text: UnsafeBufferPointer<UInt8>, digest: UInt64, wordCount: Int, mentions: [CodedMention]
  ) -> Int? {
    guard text.count <= Self.longestText else { return nil }
    let slot = Self.slot(of: digest)
    guard digests[slot] == digest else {
      digests[slot] = digest
      entries[slot] = nil
      return nil
    }
    entries[slot] = Entry(text: Array(text), wordCount: wordCount, mentions: mentions)
    return slot
  }

  /// Changes what a remembered slot says about its once-per-text effects.
  mutating func update(_ slot: Int, _ change: (inout Entry) -> Void) {
    guard var entry = entries[slot] else { return }
    entries[slot] = nil
    change(&entry)
    entries[slot] = entry
  }
}
