/// The state behind an ``XMLRecordReader``: where the bytes come from, the parser, and the records it completed.
final class XMLRecordStream {
  /// Where the document's bytes come from.
  enum Source {
    case file(ChunkedFile)
    case bytes([UInt8])
  }

  private let source: Source
  private let parser: XMLPushParser
  private let assembler: RecordAssembler
  private var offset = 0
  private var delivered = 0
  /// How many of the document's bytes the parser has been given.
  private(set) var bytesRead = 0

  init(source: Source, name: String, selection: RecordSelection, limits: XMLRecordReader.Limits) {
    self.source = source
    assembler = RecordAssembler(fileName: name, selection: selection, limits: limits)
    parser = XMLPushParser(handler: assembler.handler(), sink: assembler)
  }

  var diagnostics: [Diagnostic] { assembler.diagnostics }

  /// The next record, feeding the parser until one is complete.
  func next() throws(InputError) -> Record? {
    while true {
      let builder = assembler.builder
      if delivered < builder.pointee.completed.count {
        delivered += 1
        return builder.pointee.completed[delivered - 1]
      }
      builder.pointee.completed.removeAll(keepingCapacity: true)
      delivered = 0
      if parser.isFinished { return nil }
      try feed()
      if parser.isFinished { assembler.builder.pointee.documentDidEnd() }
    }
  }

  private func feed() throws(InputError) {
    switch source {
    case .file(let file):
      let parser = parser
      var count = 0
      if try !file.read({
        parser.parse($0)
        count = $0.count
      }) {
        parser.finish()
      }
      bytesRead += count
    case .bytes(let bytes):
      guard offset < bytes.count else { return parser.finish() }
      let end = min(offset + ChunkedFile.chunkSize, bytes.count)
      bytes.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[offset..<end])) }
      offset = end
      bytesRead = end
    }
  }
}
