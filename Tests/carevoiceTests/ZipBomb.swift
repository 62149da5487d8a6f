import Foundation

/// An XLSX workbook whose sheet unpacks to far more than its zip header admits: a zip bomb made in memory.
///
/// The sheet is one deflate block with the fixed Huffman codes: a few literal bytes, then a space
/// repeated by back-references of 258 bytes at distance 1, 13 bits each, so 260 MB of sheet take 1.6 MB.
/// Its header claims 1,000 bytes, so only counting while unpacking can catch it.
enum ZipBomb {
  /// The workbook's bytes, with a sheet of `megabytes` MB of spaces after its opening tags.
  static func workbook(megabytes: Int) -> Data {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    var zip = ZipWriter()
    zip.store(
      "_rels/.rels",
      "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\""
        + " Target=\"xl/workbook.xml\"/></Relationships>")
    zip.store(
      "xl/workbook.xml",
      "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets><sheet name=\"Responses\" sheetId=\"1\""
        + " r:id=\"rId1\"/></sheets></workbook>")
    zip.store(
      "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\""
        + " Target=\"worksheets/sheet1.xml\"/></Relationships>")
    let opening = "<worksheet xmlns=\"\(main)\"><sheetData> "
    zip.add(
      "xl/worksheets/sheet1.xml", deflated: spaces(after: opening, count: megabytes * 1_000_000),
      claimedSize: 1_000, checksum: 0)
    return zip.finished()
  }

  /// A raw deflate stream of `prefix` (whose last byte is a space) and `count` more spaces.
  static func spaces(after prefix: String, count: Int) -> Data {
    var bits = BitWriter()
    bits.write(1, count: 1)  // the last block
    bits.write(1, count: 2)  // fixed Huffman codes
    for byte in prefix.utf8 {
      precondition(byte < 144, "only bytes with 8-bit fixed codes")
      bits.writeCode(0x30 + UInt32(byte), count: 8)
    }
    for _ in 0..<(count / 258) {
      bits.writeCode(0xC5, count: 8)  // length 258 (symbol 285)
      bits.writeCode(0, count: 5)  // distance 1
    }
    bits.writeCode(0, count: 7)  // end of block
    return bits.finished()
  }
}

/// Packs bits least significant first, as deflate stores them.
struct BitWriter {
  private var bytes: [UInt8] = []
  private var pending: UInt64 = 0
  private var pendingCount = 0

  /// Writes the low `count` bits of `value`, least significant first.
  mutating func write(_ value: UInt32, count: Int) {
    pending |= UInt64(value) << pendingCount
    pendingCount += count
    while pendingCount >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: pending))
      pending >>= 8
      pendingCount -= 8
    }
  }

  /// Writes a Huffman code of `count` bits, most significant first.
  mutating func writeCode(_ code: UInt32, count: Int) {
    var reversed: UInt32 = 0
    for bit in 0..<count where code & (1 << bit) != 0 {
      reversed |= 1 << (count - 1 - bit)
    }
    write(reversed, count: count)
  }

  /// The bytes written, the last one padded with zeros.
  mutating func finished() -> Data {
    if pendingCount > 0 { bytes.append(UInt8(truncatingIfNeeded: pending)) }
    pending = 0
    pendingCount = 0
    return Data(bytes)
  }
}

/// Writes a zip file entry by entry: stored entries with their true checksum, or deflated bytes with any claim.
struct ZipWriter {
  private var data = Data()
  private var directory = Data()
  private var entries = 0

  /// Adds `text` uncompressed, under `name`.
  mutating func store(_ name: String, _ text: String) {
    let bytes = Data(text.utf8)
    add(name, method: 0, bytes: bytes, compressedSize: bytes.count, size: bytes.count, checksum: CRC32.of(bytes))
  }

  /// Adds already deflated bytes under `name`, claiming the size and checksum given.
  mutating func add(_ name: String, deflated: Data, claimedSize: Int, checksum: UInt32) {
    add(name, method: 8, bytes: deflated, compressedSize: deflated.count, size: claimedSize, checksum: checksum)
  }

  private mutating func add(
    _ name: String, method: UInt16, bytes: Data, compressedSize: Int, size: Int, checksum: UInt32
  ) {
    let offset = UInt32(data.count)
    let nameBytes = Data(name.utf8)
    var local = Data()
    local.append(le32: 0x0403_4b50)
    local.append(le16: 20)
    local.append(le16: 0)
    local.append(le16: method)
    local.append(le16: 0)
    local.append(le16: 0x5C21)  // 1 January 2026
    local.append(le32: checksum)
    local.append(le32: UInt32(compressedSize))
    local.append(le32: UInt32(size))
    local.append(le16: UInt16(nameBytes.count))
    local.append(le16: 0)
    data.append(local + nameBytes + bytes)

    var central = Data()
    central.append(le32: 0x0201_4b50)
    central.append(le16: 20)
    central.append(local[4..<30])
    central.append(le16: 0)  // comment length
    central.append(le16: 0)  // disk
    central.append(le16: 0)  // internal attributes
    central.append(le32: 0)  // external attributes
    central.append(le32: offset)
    directory.append(central + nameBytes)
    entries += 1
  }

  /// The whole zip file, with its central directory and end record.
  func finished() -> Data {
    var end = Data()
    end.append(le32: 0x0605_4b50)
    end.append(le16: 0)
    end.append(le16: 0)
    end.append(le16: UInt16(entries))
    end.append(le16: UInt16(entries))
    end.append(le32: UInt32(directory.count))
    end.append(le32: UInt32(data.count))
    end.append(le16: 0)
    return data + directory + end
  }
}

/// The CRC-32 zip files check their entries against.
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func of(_ bytes: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}

extension Data {
  fileprivate mutating func append(le16 value: UInt16) {
    append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)])
  }

  fileprivate mutating func append(le32 value: UInt32) {
    append(contentsOf: (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) })
  }
}
