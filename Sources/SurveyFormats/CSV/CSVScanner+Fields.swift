extension CSVScanner {
  /// Takes the quoting out of the fields that need it, in place: `""` becomes `"`, and a closing
  /// quote with text after it is dropped while the text is kept as it is.
  mutating func unescapeFields() {
    for field in escapedFields {
      var read = bounds[2 * field]
      var write = read
      let end = bounds[2 * field + 1]
      while read < end {
        let byte = bytes[read]
        read += 1
        if byte == Self.quote {
          if read < end && bytes[read] == Self.quote {
            read += 1
          } else {
            while read < end {
              bytes[write] = bytes[read]
              write += 1
              read += 1
            }
            break
          }
        }
        bytes[write] = byte
        write += 1
      }
      bounds[2 * field + 1] = write
    }
  }

  /// Makes every field of the record valid UTF-8, decoding those that are not as Windows-1252
  /// into a second buffer; returns the first such field (0-based), or nil when there is none.
  mutating func decodeFields() -> Int? {
    base = bytes
    guard Unicode.UTF8.containsNonASCII(bytes + recordStart, count: recordEnd - recordStart) else { return nil }
    guard let first = (0..<fieldCount).first(where: { !Unicode.UTF8.isWellFormed(field($0)) }) else { return nil }
    let needed = 3 * (recordEnd - recordStart)
    if recodedCapacity < needed {
      recoded.deallocate()
      recodedCapacity = max(needed, 2 * recodedCapacity)
      recoded = .allocate(capacity: recodedCapacity)
    }
    var written = 0
    for index in 0..<fieldCount {
      let content = field(index)
      bounds[2 * index] = written
      if index == first || (index > first && !Unicode.UTF8.isWellFormed(content)) {
        written += Windows1252.decode(content, into: recoded + written)
      } else if let start = content.baseAddress {
        (recoded + written).update(from: start, count: content.count)
        written += content.count
      }
      bounds[2 * index + 1] = written
    }
    base = recoded
    return first
  }

  /// The bytes of field `index` (0-based) as they are in `bytes`.
  private func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes + bounds[2 * index], count: bounds[2 * index + 1] - bounds[2 * index])
  }
}
