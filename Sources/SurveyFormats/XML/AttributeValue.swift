import CLibXML2

/// Attribute values as libxml2's SAX2 interface hands them over.
enum AttributeValue {
  /// The value as written, once libxml2's escaping is undone.
  ///
  /// Without entity substitution libxml2 passes an ampersand in an attribute value
  /// (written `&amp;` or `&#38;`) as the five characters `&#38;`; every other
  /// reference is already replaced.
  static func decoded(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
    let ampersand = UInt8(ascii: "&")
    guard bytes.contains(ampersand) else { return String(decoding: bytes, as: UTF8.self) }
    let escaped = Array("&#38;".utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == ampersand, index + escaped.count <= bytes.count,
        bytes[index..<index + escaped.count].elementsEqual(escaped)
      {
        result.append(ampersand)
        index += escaped.count
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
