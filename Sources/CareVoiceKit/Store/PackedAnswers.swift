/// The byte layout of a response's answers: one entry per question of the instrument version the batch was read with.
///
/// They end each response's record in a block's `responses` column. Each answer starts
/// with a tag byte:
///
/// | tag | answer | followed by |
/// | --- | --- | --- |
/// | 0 | not shown | — |
/// | 1 | skipped | — |
/// | 2 | text | nothing here: the words are in `response_block_text` |
/// | 3 | choices (`multiple`) | the ChoiceSet bits as a varint |
/// | 4 | number | 8 bytes, IEEE 754 little-endian |
/// | 5 | whole number | zigzag varint |
/// | 6 | choice of position ≥ 240 | the position as a varint |
/// | 16–255 | choice of position 0–239 | — |
///
/// A typical 20-question response takes 30–40 bytes, and a tally reads it without
/// touching any text. Version 1 of the schema stored the same entries, one response
/// per row, after a format byte (1).
enum PackedAnswers {
  /// The format byte of a version 1 `response.answers` column.
  static let format: UInt8 = 1

  private static let notShown: UInt8 = 0
  private static let skipped: UInt8 = 1
  private static let text: UInt8 = 2
  private static let choices: UInt8 = 3
  private static let double: UInt8 = 4
  private static let integer: UInt8 = 5
  private static let largeChoice: UInt8 = 6
  private static let smallChoice: UInt8 = 16

  /// The most bytes one entry takes: a tag and a ten-byte varint.
  static let largestEntry = 11

  /// Writes the entries of the answers of the response at `index` of `run` to `out`, which has room for
  /// ``largestEntry`` bytes an answer, and appends the words of text answers to `texts` as those of the block's
  /// response at `response`.
  static func pack(_ run: ResponseRun, at index: Int, response: Int, to out: inout ByteWriter, texts: inout [UInt8]) {
    let first = index * run.questionCount
    run.answers.withUnsafeBufferPointer { all in
      for question in 0..<run.questionCount {
        switch all[first + question] {
        case .notShown: out.put(notShown)
        case .skipped: out.put(skipped)
        case .choice(let position):
          if position >= 0, position < 240 {
            out.put(smallChoice + UInt8(position))
          } else {
            out.put(largeChoice)
            out.putVarint(UInt64(max(position, 0)))
          }
        case .choices(let set):
          out.put(choices)
          out.putVarint(set.bits)
        case .number(let value):
          if let whole = wholeNumber(value) {
            out.put(integer)
            out.putVarint(UInt64(bitPattern: (whole << 1) ^ (whole >> 63)))
          } else {
            out.put(double)
            out.putLittleEndian(value.bitPattern)
          }
        case .text(let word):
          out.put(text)
          run.words.withBytes(word) {
            PackedTexts.append(position: response, question: question, UnsafeRawBufferPointer($0), to: &texts)
          }
        }
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

  /// Decodes one response's answers straight into `answers`, one per question, when the stored definition is the current one; false at a damaged byte.
  ///
  /// `words` holds the words of text answers by question, or is empty when texts were not read.
  static func decode(from bytes: inout ByteReader, into answers: UnsafeMutableBufferPointer<Answer>, words: [String?])
    -> Bool
  {
    for question in answers.indices {
      guard let tag = bytes.byte() else { return false }
      switch tag {
      case smallChoice...: answers[question] = .choice(Int(tag - smallChoice))
      case notShown: answers[question] = .notShown
      case skipped: answers[question] = .skipped
      case text: answers[question] = .text(question < words.count ? words[question] ?? "" : "")
      case choices:
        guard let bits = bytes.varint() else { return false }
        answers[question] = .choices(ChoiceSet(bits: bits))
      default:
        bytes.offset -= 1
        switch next(from: &bytes) {
        case .number(let value): answers[question] = .number(value)
        case .choice(let position): answers[question] = .choice(position)
        default: return false
        }
      }
    }
    return true
  }

  /// Passes over `count` answers without decoding them; false at a damaged byte.
  static func skip(_ count: Int, in bytes: inout ByteReader) -> Bool {
    for _ in 0..<count {
      guard let tag = bytes.byte() else { return false }
      switch tag {
      case notShown, skipped, text, smallChoice...: continue
      case choices, integer, largeChoice: guard bytes.varint() != nil else { return false }
      case double: guard bytes.slice(8) != nil else { return false }
      default: return false
      }
    }
    return true
  }

  /// The next answer in `bytes`, or nil at a damaged byte.
  static func next(from bytes: inout ByteReader) -> Stored? {
    guard let tag = bytes.byte() else { return nil }
    switch tag {
    case notShown: return .notShown
    case skipped: return .skipped
    case text: return .text
    case choices: return bytes.varint().map { .choices($0) }
    case double:
      guard let raw = bytes.slice(8) else { return nil }
      var bits: UInt64 = 0
      for index in 0..<8 { bits |= UInt64(raw[index]) << UInt64(8 * index) }
      return .number(Double(bitPattern: bits))
    case integer:
      guard let zigzag = bytes.varint() else { return nil }
      return .number(Double(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))))
    case largeChoice:
      guard let position = bytes.varint(), position < UInt64(Int.max) else { return nil }
      return .choice(Int(position))
    case smallChoice...: return .choice(Int(tag - smallChoice))
    default: return nil
    }
  }
}
