/// The byte layout of `response.answers`: one entry per question of the instrument version the batch was read with.
///
/// The first byte is the format (1). Each answer then starts with a tag byte:
///
/// | tag | answer | followed by |
/// | --- | --- | --- |
/// | 0 | not shown | — |
/// | 1 | skipped | — |
/// | 2 | text | nothing here: the words are in `response_text` |
/// | 3 | choices (`multiple`) | the ChoiceSet bits as a varint |
/// | 4 | number | 8 bytes, IEEE 754 little-endian |
/// | 5 | whole number | zigzag varint |
/// | 6 | choice of position ≥ 240 | the position as a varint |
/// | 16–255 | choice of position 0–239 | — |
///
/// A typical 20-question answer takes 30–40 bytes, and a tally reads it without touching any text.
enum PackedAnswers {
  static let format: UInt8 = 1

  private static let notShown: UInt8 = 0
  private static let skipped: UInt8 = 1
  private static let text: UInt8 = 2
  private static let choices: UInt8 = 3
  private static let double: UInt8 = 4
  private static let integer: UInt8 = 5
  private static let largeChoice: UInt8 = 6
  private static let smallChoice: UInt8 = 16

  /// Packs `answers` into `bytes`, and the words of text answers into `texts` (empty when there are none).
  static func pack(_ answers: [Answer], into bytes: inout [UInt8], texts: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    texts.removeAll(keepingCapacity: true)
    bytes.append(format)
    for index in answers.indices {
      switch answers[index] {
      case .notShown: bytes.append(notShown)
      case .skipped: bytes.append(skipped)
      case .choice(let position):
        if position >= 0, position < 240 {
          bytes.append(smallChoice + UInt8(position))
        } else {
          bytes.append(largeChoice)
          bytes.appendVarint(UInt64(max(position, 0)))
        }
      case .choices(let set):
        bytes.append(choices)
        bytes.appendVarint(set.bits)
      case .number(let value):
        if let whole = wholeNumber(value) {
          bytes.append(integer)
          bytes.appendVarint(UInt64(bitPattern: (whole << 1) ^ (whole >> 63)))
        } else {
          bytes.append(double)
          withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
      case .text(let words):
        bytes.append(text)
        PackedTexts.append(question: index, words, to: &texts)
      }
    }
  }

  /// The value as an integer when it is one exactly (and not −0), for a shorter encoding.
  private static func wholeNumber(_ value: Double) -> Int64? {
    guard value.isFinite, value.rounded(.towardZero) == value, abs(value) < 9.0e15 else { return nil }
    if value == 0, value.sign == .minus { return nil }
    return Int64(value)
  }

  /// One answer as stored, in the stored instrument version's terms.
  enum Stored: Equatable {
    case notShown, skipped, text
    case choice(Int)
    case choices(UInt64)
    case number(Double)
  }

  /// Reads the answers packed by ``pack(_:into:texts:)``, one at a time.
  struct Reader {
    var bytes: ByteReader

    /// A reader, or nil when the format byte is unknown.
    init?(_ buffer: UnsafeRawBufferPointer) {
      bytes = ByteReader(buffer)
      guard bytes.byte() == PackedAnswers.format else { return nil }
    }

    var isAtEnd: Bool { bytes.isAtEnd }

    /// The next answer, or nil at a damaged byte.
    mutating func next() -> Stored? {
      guard let tag = bytes.byte() else { return nil }
      switch tag {
      case PackedAnswers.notShown: return .notShown
      case PackedAnswers.skipped: return .skipped
      case PackedAnswers.text: return .text
      case PackedAnswers.choices: return bytes.varint().map { .choices($0) }
      case PackedAnswers.double:
        guard let raw = bytes.slice(8) else { return nil }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(raw[index]) << UInt64(8 * index) }
        return .number(Double(bitPattern: bits))
      case PackedAnswers.integer:
        guard let zigzag = bytes.varint() else { return nil }
        return .number(Double(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))))
      case PackedAnswers.largeChoice:
        guard let position = bytes.varint(), position < UInt64(Int.max) else { return nil }
        return .choice(Int(position))
      case PackedAnswers.smallChoice...: return .choice(Int(tag - PackedAnswers.smallChoice))
      default: return nil
      }
    }
  }
}
