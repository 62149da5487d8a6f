extension CSVScanner {
  /// The delimiters a header line is searched for, in the order that breaks a tie.
  static let candidateDelimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
  /// How much of a header line is looked at to pick the delimiter.
  static let sniffedBytes = 64 << 10

  /// Reads the first chunk (which settles the encoding) and uses `given` as the delimiter,
  /// or, when it is nil, the one of comma, semicolon and tab found most often outside quotes
  /// in the header line (a comma when none is, or on a tie).
  mutating func prepare(from input: CSVInput, delimiter given: UInt8?) throws(CSVProblem) {
    _ = try refill(keepingFrom: 0, input: input)
    if let given {
      setDelimiter(given)
      return
    }
    while true {
      let lineEnd = headerLineEnd()
      if lineEnd != nil || isInputExhausted || end >= Self.sniffedBytes {
        setDelimiter(mostFrequentDelimiter(before: lineEnd ?? end))
        return
      }
      _ = try refill(keepingFrom: 0, input: input)
    }
  }

  /// Where the first line end outside quotes is in the buffer, or nil when the buffer holds none yet.
  private func headerLineEnd() -> Int? {
    var isQuoted = false
    for index in 0..<end {
      let byte = bytes[index]
      if byte == Self.quote {
        isQuoted.toggle()
      } else if !isQuoted && (byte == Self.lineFeed || byte == Self.carriageReturn) {
        return index
      }
    }
    return nil
  }

  /// The candidate delimiter found most often outside quotes before `lineEnd`.
  private func mostFrequentDelimiter(before lineEnd: Int) -> UInt8 {
    var counts = [Int](repeating: 0, count: Self.candidateDelimiters.count)
    var isQuoted = false
    for index in 0..<lineEnd {
      let byte = bytes[index]
      if byte == Self.quote {
        isQuoted.toggle()
      } else if !isQuoted, let candidate = Self.candidateDelimiters.firstIndex(of: byte) {
        counts[candidate] += 1
      }
    }
    var best = 0
    for candidate in counts.indices where counts[candidate] > counts[best] { best = candidate }
    return Self.candidateDelimiters[best]
  }
}
