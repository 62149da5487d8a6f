/// The byte layout of `response.attributes`: one varint per attribute of the stored instrument version.
///
/// 0 is "not given"; 1 is followed by the value as length-prefixed UTF-8 (a value the
/// definition does not list); n ≥ 2 is the definition's value at position n − 2, so that
/// reading it back shares one String per value instead of making one per response.
enum PackedAttributes {
  /// Packs `values`, aligned with `attributes`, into `bytes`.
  static func pack(_ values: [String?], of attributes: [Attribute], into bytes: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    for (index, value) in values.enumerated() {
      guard let value else {
        bytes.append(0)
        continue
      }
      if index < attributes.count, let position = attributes[index].values.firstIndex(where: { $0.value == value }) {
        bytes.appendVarint(UInt64(position) + 2)
      } else {
        bytes.append(1)
        bytes.appendString(value)
      }
    }
  }

  /// Unpacks the values into `values` through `mapping`; false when the bytes are damaged.
  ///
  /// `mapping[i]` is the current position of stored attribute `i` (nil when the current
  /// definition no longer has it), and `storedValues[i]` its listed values.
  static func unpack(
    _ buffer: UnsafeRawBufferPointer, mapping: [Int?], storedValues: [[String]], into values: inout [String?]
  ) -> Bool {
    var reader = ByteReader(buffer)
    var stored = 0
    while !reader.isAtEnd {
      guard let code = reader.varint(), stored < mapping.count else { return false }
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
      stored += 1
    }
    return true
  }
}
