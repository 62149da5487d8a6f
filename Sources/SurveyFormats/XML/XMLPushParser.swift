import CLibXML2

/// libxml2's SAX2 push parser, fed a chunk at a time, set up as ``LibXML2`` describes.
///
/// The parser is created with the first bytes so that libxml2 can recognise the
/// encoding from them. It stops for good at the first error, or when its sink stops it.
final class XMLPushParser {
  /// Where the parser's callbacks go; it outlives the parser.
  let sink: XMLParseSink
  private var handler: xmlSAXHandler
  private var context: xmlParserCtxtPtr?
  /// Whether the parse is over: the document ended, or an error or the sink stopped it.
  private(set) var isFinished = false

  /// A parser that calls `handler`'s callbacks with `sink` as their user data.
  init(handler: xmlSAXHandler, sink: XMLParseSink) {
    LibXML2.prepare()
    self.handler = handler
    self.sink = sink
  }

  deinit {
    guard let context else { return }
    // A DOCTYPE makes libxml2 build a document to hang it on, which freeing the context leaves behind
    // (found by scripts/fuzz.sh with LeakSanitizer, on the billion-laughs file of the bad-input corpus).
    if let document = context.pointee.myDoc {
      xmlFreeDoc(document)
      context.pointee.myDoc = nil
    }
    xmlFreeParserCtxt(context)
  }

  /// Parses the next bytes of the document.
  func parse(_ bytes: UnsafeRawBufferPointer) {
    guard !isFinished, let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
    LibXML2.silenceCurrentThread()
    var offset = 0
    if context == nil {
      offset = min(4, bytes.count)
      guard start(with: base, count: offset) else { return }
    }
    while offset < bytes.count, !isFinished, let context {
      let count = min(bytes.count - offset, 1 << 30)
      xmlParseChunk(context, base + offset, Int32(count), 0)
      offset += count
      checkStopped()
    }
  }

  /// Tells the parser that the document has ended, which reports a document cut short.
  func finish() {
    guard !isFinished else { return }
    LibXML2.silenceCurrentThread()
    if context == nil {
      guard start(with: nil, count: 0) else { return }
    }
    if let context { xmlParseChunk(context, nil, 0, 1) }
    isFinished = true
  }

  private func start(with bytes: UnsafePointer<CChar>?, count: Int) -> Bool {
    let userData = Unmanaged.passUnretained(sink).toOpaque()
    guard let created = xmlCreatePushParserCtxt(&handler, userData, bytes, Int32(count), sink.fileName) else {
      sink.stop(
        .error(at: SourceLocation(file: sink.fileName, line: 1), "there is not enough memory to read this file"))
      isFinished = true
      return false
    }
    xmlCtxtUseOptions(created, LibXML2.parserOptions)
    // Belt and braces: whatever thread-wide defaults say, entities are never substituted or loaded.
    created.pointee.replaceEntities = 0
    created.pointee.loadsubset = 0
    created.pointee.validate = 0
    context = created
    sink.parserDidStart(created)
    return true
  }

  private func checkStopped() {
    if sink.isStopped || (context?.pointee.disableSAX ?? 0) != 0 {
      isFinished = true
    }
  }
}
