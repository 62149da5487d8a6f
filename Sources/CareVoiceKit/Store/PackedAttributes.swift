/// The byte layout of a response's attributes: one varint per attribute of the stored instrument version.
///
/// 0 is "not given"; 1 is followed by the value as length-prefixed UTF-8 (a value the
/// definition does not list); n ≥ 2 is the definition's value at position n − 2, so that
/// reading it back shares one String per value instead of making one per response.
/// They follow each response's date and line in a block's `responses` column.
enum PackedAttributes {
  /// Writes the attributes of the response at `index` of `run` to `out`, which has room for ``largest(_:at:)`` bytes.
  static func pack(_ run: ResponseRun, at index: Int, to out: inout ByteWriter) {
    let first = index * run.attributeCount
    for code in run.attributes[first..<first + run.attributeCount] {
      if code >= -1 {
        out.putVarint(code == -1 ? 0 : UInt64(code) + 2)
        continue
      }
      out.put(1)
      var value = run.unlistedValues[Int(-2 - code)]
      value.withUTF8 { utf8 in
        out.putVarint(UInt64(utf8.count))
        out.put(UnsafeRawBufferPointer(utf8))
      }
    }
  }

  /// The most bytes ``pack(_:at:to:)`` writes for the response at `index` of `run`.
  static func largest(_ run: ResponseRun, at index: Int) -> Int {
    var largest = 10 * run.attributeCount
    guard !run.unlistedValues.isEmpty else { return largest }
    let first = index * run.attributeCount
    for code in run.attributes[first..<first + run.attributeCount] where code < -1 {
      largest += run.unlistedValues[Int(-2 - code)].utf8.count
    }
    return largest
  }

  /// Reads one response's values from `reader` into `values` through `mapping`; false when the bytes are damaged.
  ///
  /// `mapping[i]` is the current position of stored attribute `i` (nil when the current
  /// definition no longer has it), and `storedValues[i]` its listed values.
  static func unpack(
    _ reader: inout ByteReader, mapping: [Int?], storedValues: [[String]], into values: inout [String?]
  ) -> Bool {
    for stored in mapping.indices {
      guard let code = reader.varint() else { return false }
      let value: String?
      switch code {
      case 0: value = nil
      case 1:
        guard let text = reader.string() else { return false }
        value = text
      default:
        let position = Int(truncatingIfNeeded: code - 2)
        guard position >= 0, position < storedValues[stored].count else { return false }
        value = storedValues[stored][position]
      }
      if let current = mapping[stored] { values[current] = value }
    }
    return true
  }
}
