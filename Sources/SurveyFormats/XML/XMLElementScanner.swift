import CLibXML2
import Foundation

/// Reads a small document whole, reporting each element's start with its attributes and its end with its text:
/// how the parts of an XLSX workbook other than its sheet are read.
///
/// Names are local names; attributes are keyed by local name. The text given at an
/// element's end is what it holds directly, as written (not trimmed); for an element
/// with child elements it is only the text after the last of them.
final class XMLElementScanner: XMLParseSink {
  /// Called at each element's start with its local name and attributes.
  typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
  /// Called at each element's end with its local name and text.
  typealias End = (_ name: String, _ text: String) -> Void

  /// How many bytes the parser is given at a time, so that libxml2 never holds a copy of a whole part.
  static let sliceSize = 64 << 10

  private let onStart: Start
  private let onEnd: End
  private let maxTextBytes: Int
  private var text: [UInt8] = []

  private init(fileName: String, maxTextBytes: Int, onStart: @escaping Start, onEnd: @escaping End) {
    self.onStart = onStart
    self.onEnd = onEnd
    self.maxTextBytes = maxTextBytes
    super.init(fileName: fileName)
  }

  /// Parses `data` whole and returns the problems found; reading stops at the first error.
  static func scan(_ data: Data, fileName: String, onStart: @escaping Start, onEnd: @escaping End) -> [Diagnostic] {
    var offset = data.startIndex
    return scan(
      chunks: {
        guard offset < data.endIndex else { return nil }
        let end = min(offset + sliceSize, data.endIndex)
        defer { offset = end }
        return data[offset..<end]
      }, fileName: fileName, onStart: onStart, onEnd: onEnd)
  }

  /// Parses a document handed over a chunk at a time by `next` (nil at its end) and returns the problems found.
  ///
  /// Reading stops at the first error, and with an error when one element's text passes `maxTextBytes`.
  static func scan<Failure: Error>(
    chunks next: () throws(Failure) -> Data?, fileName: String, maxTextBytes: Int = 1 << 20,
    onStart: @escaping Start, onEnd: @escaping End
  ) throws(Failure) -> [Diagnostic] {
    let scanner = XMLElementScanner(fileName: fileName, maxTextBytes: maxTextBytes, onStart: onStart, onEnd: onEnd)
    let parser = XMLPushParser(handler: scanner.handler(), sink: scanner)
    while !parser.isFinished, let chunk = try next() {
      chunk.withUnsafeBytes { parser.parse($0) }
    }
    parser.finish()
    return scanner.diagnostics
  }

  private func handler() -> xmlSAXHandler {
    var handler = Self.safeHandler()
    handler.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let userData, let localName else { return }
      var values: [String: String] = [:]
      if let attributes {
        for index in 0..<Int(attributeCount) {
          let attribute = attributes + index * 5
          guard let name = attribute[0], let start = attribute[3], let end = attribute[4] else { continue }
          values[String(cString: name)] = AttributeValue.decoded(UnsafeBufferPointer(start: start, count: end - start))
        }
      }
      scanner(userData).start(String(cString: localName), values)
    }
    handler.endElementNs = { userData, localName, _, _ in
      guard let userData, let localName else { return }
      scanner(userData).end(String(cString: localName))
    }
    let characters: charactersSAXFunc = { userData, bytes, count in
      guard let userData, let bytes else { return }
      scanner(userData).receive(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    handler.characters = characters
    handler.ignorableWhitespace = characters
    return handler
  }

  private func receive(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !isStopped else { return }
    guard text.count + bytes.count <= maxTextBytes else {
      stop(
        .error(
          at: SourceLocation(file: fileName, line: line),
          "one text here is longer than \(maxTextBytes >> 20) MB, far more than any survey answer; files built to"
            + " exhaust memory look like this, so carevoice stops reading — export the responses again"))
      return
    }
    text.append(contentsOf: bytes)
  }

  private func start(_ name: String, _ attributes: [String: String]) {
    text.removeAll(keepingCapacity: true)
    onStart(name, attributes)
  }

  private func end(_ name: String) {
    onEnd(name, String(decoding: text, as: UTF8.self))
    text.removeAll(keepingCapacity: true)
  }
}

private func scanner(_ userData: UnsafeMutableRawPointer) -> XMLElementScanner {
  Unmanaged<XMLElementScanner>.fromOpaque(userData).takeUnretainedValue()
}
