extension CSVScanner {
  /// Where the scan is within a record.
  private enum State {
    /// At the first byte of a field.
    case fieldStart
    /// In a field that did not open with a quote (or has text after its closing quote).
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// Just after a quote inside a quoted field: it either closes the field or starts `""`.
    case afterQuote
  }

  /// Finds the fields of the next record; false at the end of the input.
  ///
  /// Blank lines are skipped. The fields stay valid until the next call.
  mutating func scanRecord(from input: CSVInput) throws(CSVProblem) -> Bool {
    fieldCount = 0
    guard try skipBlankLines(from: input) else { return false }
    recordStart = position
    recordLine = line
    if !literalQuotes.isEmpty { literalQuotes.removeAll(keepingCapacity: true) }
    while try !scanFields(from: input) {}
    return true
  }

  /// Moves past line ends until the next record, counting lines; false at the end of the input.
  private mutating func skipBlankLines(from input: CSVInput) throws(CSVProblem) -> Bool {
    var at = position
    while true {
      let byte = bytes[at]
      if byte == Self.lineFeed {
        if skipsLineFeed { skipsLineFeed = false } else { line += 1 }
        at += 1
      } else if byte == Self.carriageReturn {
        line += 1
        skipsLineFeed = true
        at += 1
      } else if at < end {
        skipsLineFeed = false
        position = at
        return true
      } else if isInputExhausted {
        position = at
        return false
      } else {
        at -= try refill(keepingFrom: at, input: input)
      }
    }
  }

  /// Scans the fields of the record at `recordStart`; false when a quote in it never closes.
  ///
  /// That quote is then in `literalQuotes`, and scanning again reads it as ordinary text.
  private mutating func scanFields(from input: CSVInput) throws(CSVProblem) -> Bool {
    fieldCount = 0
    // Most records have none of these: emptying an empty array still costs a call, a million times over.
    if !escapedFields.isEmpty { escapedFields.removeAll(keepingCapacity: true) }
    if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
    if !lineChanges.isEmpty { lineChanges.removeAll(keepingCapacity: true) }
    hasNulByte = false
    line = recordLine
    lastFieldLine = line
    var bytes = self.bytes
    var at = recordStart
    var state = State.fieldStart
    var fieldStart = at
    var quoteOpen = at
    var quoteLine = line
    var isEscaped = false
    let delimiter = self.delimiter
    let maxFieldBytes = limits.maxFieldBytes
    let unquotedStops = stops
    let quotedStops = stops + 256
    let delimiterWord = UInt64(delimiter) &* 0x0101_0101_0101_0101
    let quoteWord = UInt64(Self.quote) &* 0x0101_0101_0101_0101

    while true {
      switch state {
      case .fieldStart:
        if at == end && !isInputExhausted {
          try checkRowLength(upTo: at)
          let shift = try refill(keepingFrom: recordStart, input: input)
          at -= shift
          bytes = self.bytes
          continue
        }
        fieldStart = at
        isEscaped = false
        if bytes[at] == Self.quote && (literalQuotes.isEmpty || !isLiteralQuote(at: at)) {
          quoteOpen = at
          quoteLine = line
          at += 1
          fieldStart = at
          state = .quoted
        } else {
          state = .unquoted
        }

      case .unquoted:
        at = Self.nextStop(in: bytes, from: at, stops: unquotedStops, special: delimiterWord)
        let byte = bytes[at]
        if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
          || (at == end && isInputExhausted)
        {
          if at - fieldStart > maxFieldBytes {
            return try overflow(startedQuoted: isEscaped, quoteOpen: quoteOpen, quoteLine: quoteLine)
          }
          try addField(from: fieldStart, to: at, isEscaped: isEscaped)
          if byte != delimiter || at == end { return try finishRecord(at: at) }
          at += 1
          state = .fieldStart
        } else if at < end {
          noteNulByte()
          at += 1
        } else {
          if at - fieldStart > maxFieldBytes {
            return try overflow(startedQuoted: isEscaped, quoteOpen: quoteOpen, quoteLine: quoteLine)
          }
          try checkRowLength(upTo: isEscaped ? quoteOpen : at)
          let shift = try refill(keepingFrom: recordStart, input: input)
          at -= shift
          fieldStart -= shift
          quoteOpen -= shift
          bytes = self.bytes
        }

      case .quoted:
        at = Self.nextStop(in: bytes, from: at, stops: quotedStops, special: quoteWord)
        let byte = bytes[at]
        if byte == Self.quote {
          at += 1
          state = .afterQuote
        } else if byte == Self.lineFeed {
          if bytes[at - 1] != Self.carriageReturn { line += 1 }
          at += 1
        } else if byte == Self.carriageReturn {
          line += 1
          at += 1
        } else if at < end {
          noteNulByte()
          at += 1
        } else if isInputExhausted {
          let limit = at - fieldStart > maxFieldBytes ? maxFieldBytes : nil
          literalQuotes.append(
            LiteralQuote(offset: quoteOpen - recordStart, line: quoteLine, column: fieldCount + 1, limit: limit))
          return false
        } else {
          if at - fieldStart > maxFieldBytes {
            return try overflow(startedQuoted: true, quoteOpen: quoteOpen, quoteLine: quoteLine)
          }
          try checkRowLength(upTo: quoteOpen)
          let shift = try refill(keepingFrom: recordStart, input: input)
          at -= shift
          fieldStart -= shift
          quoteOpen -= shift
          bytes = self.bytes
        }

      case .afterQuote:
        let byte = bytes[at]
        if byte == Self.quote {
          isEscaped = true
          at += 1
          state = .quoted
        } else if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
          || (at == end && isInputExhausted)
        {
          if at - 1 - fieldStart > maxFieldBytes {
            return try overflow(startedQuoted: true, quoteOpen: quoteOpen, quoteLine: quoteLine)
          }
          try addField(from: fieldStart, to: at - 1, isEscaped: isEscaped)
          if byte != delimiter || at == end { return try finishRecord(at: at) }
          at += 1
          state = .fieldStart
        } else if at < end {
          problems.append(.textAfterQuote(line: line, column: fieldCount + 1, quoteLine: quoteLine))
          isEscaped = true
          state = .unquoted
        } else {
          try checkRowLength(upTo: quoteOpen)
          let shift = try refill(keepingFrom: recordStart, input: input)
          at -= shift
          fieldStart -= shift
          quoteOpen -= shift
          bytes = self.bytes
        }
      }
    }
  }

  /// The first index from `at` whose byte is a stop, skipping eight bytes at a time while none of them
  /// is below 0x0E (NUL, CR, LF and other controls) or equal to the byte repeated in `special`.
  ///
  /// Of the bytes the word test flags, the first is always one of those, so it is checked against
  /// `stops` (a tab, say, is below 0x0E but stops nothing unless it is the delimiter). The 0 at
  /// `end` always stops the search, and the buffer has room for a word read past it.
  @inline(__always)
  private static func nextStop(
    in bytes: UnsafeMutablePointer<UInt8>, from start: Int, stops: UnsafeMutablePointer<UInt8>, special: UInt64
  ) -> Int {
    var at = start
    while true {
      let word = UInt64(littleEndian: UnsafeRawPointer(bytes + at).loadUnaligned(as: UInt64.self))
      let matched = word ^ special
      let flagged =
        ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word | (matched &- 0x0101_0101_0101_0101) & ~matched)
        & 0x8080_8080_8080_8080
      if flagged == 0 {
        at &+= 8
        continue
      }
      at &+= flagged.trailingZeroBitCount &>> 3
      if stops[Int(bytes[at])] != 0 { return at }
      at &+= 1
    }
  }

  /// Records a field's content and, when a quoted field before it held a line break, the line it ended on.
  @inline(__always)
  private mutating func addField(from start: Int, to end: Int, isEscaped: Bool) throws(CSVProblem) {
    if fieldCount == boundsCapacity { try growBounds() }
    bounds[2 * fieldCount] = start
    bounds[2 * fieldCount + 1] = end
    if isEscaped { escapedFields.append(fieldCount) }
    if line != lastFieldLine {
      lineChanges.append(LineChange(field: fieldCount, line: line))
      lastFieldLine = line
    }
    fieldCount += 1
  }

  /// Ends the record at `at`, the byte after its last field, and moves past its line end if it has one.
  private mutating func finishRecord(at: Int) throws(CSVProblem) -> Bool {
    try checkRowLength(upTo: at)
    recordEnd = at
    if at == end {
      position = at
    } else {
      line += 1
      skipsLineFeed = bytes[at] == Self.carriageReturn
      position = at + 1
    }
    return true
  }

  /// Handles a field past the size limit: one that opened with a quote is taken as a quote
  /// never closed (false, to scan again); any other is refused.
  private mutating func overflow(startedQuoted: Bool, quoteOpen: Int, quoteLine: Int) throws(CSVProblem) -> Bool {
    guard startedQuoted else {
      throw .fieldTooLong(line: line, column: fieldCount + 1, limit: limits.maxFieldBytes)
    }
    literalQuotes.append(
      LiteralQuote(
        offset: quoteOpen - recordStart, line: quoteLine, column: fieldCount + 1, limit: limits.maxFieldBytes))
    return false
  }

  /// Refuses the record when the bytes before `at` are already more than a row may hold.
  private func checkRowLength(upTo at: Int) throws(CSVProblem) {
    if at - recordStart > limits.maxRowBytes {
      throw .rowTooLong(line: recordLine, limit: limits.maxRowBytes)
    }
  }

  /// Notes the first NUL byte of the record.
  private mutating func noteNulByte() {
    guard !hasNulByte else { return }
    hasNulByte = true
    problems.append(.nulByte(line: line, column: fieldCount + 1))
  }

  private func isLiteralQuote(at offset: Int) -> Bool {
    literalQuotes.contains { $0.offset == offset - recordStart }
  }
}
