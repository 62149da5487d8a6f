/// The byte layout of a response's attributes: one varint per attribute of the stored instrument version.
///
/// 0 is "not given"; 1 is followed by the value as length-prefixed UTF-8 (a value the
/// definition does not list); n ≥ 2 is the definition's value at position n − 2, so that
/// reading it back shares one String per value instead of making one per response.
/// They follow each response's date and line in a block's `responses` column.
enum PackedAttributes {
  /// Writes `values`, aligned with `attributes`, to `out`, which has room for 10 bytes plus the UTF-8 of each value.
  static func pack(_ values: [String?], of attributes: [Attribute], to out: inout ByteWriter) {
    for (index, value) in values.enumerated() {
      guard var value else {
        out.put(0)
        continue
      }
      if index < attributes.count, let position = attributes[index].values.firstIndex(where: { $0.value == value }) {
        out.putVarint(UInt64(position) + 2)
      } else {
        out.put(1)
        value.withUTF8 { utf8 in
          out.putVarint(UInt64(utf8.count))
          out.put(UnsafeRawBufferPointer(utf8))
        }
      }
    }
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
