import CLibXML2

/// The SAX sink of ``XMLRecordReader``: receives libxml2's events and hands them to a ``RecordBuilder``.
///
/// The builder lives behind a pointer that this class allocates and frees, so that
/// the callbacks, called for every element and text run, reach its state without
/// the dynamic exclusivity checks that a class's stored properties cost.
final class RecordAssembler: XMLParseSink {
  /// The state of the records being built; owned by this assembler.
  let builder: UnsafeMutablePointer<RecordBuilder>

  init(fileName: String, selection: RecordSelection, limits: XMLRecordReader.Limits) {
    builder = .allocate(capacity: 1)
    super.init(fileName: fileName)
    builder.initialize(to: RecordBuilder(sink: self, selection: selection, limits: limits))
  }

  deinit {
    builder.pointee.deallocateBuffers()
    builder.deinitialize(count: 1)
    builder.deallocate()
  }

  override func parserDidStart(_ context: xmlParserCtxtPtr) {
    super.parserDidStart(context)
    builder.pointee.parserDidStart(context)
  }

  override var rootProgress: RootProgress {
    builder.pointee.depth > 0 ? .open : builder.pointee.hasSeenRoot ? .closed : .notStarted
  }

  /// The SAX2 handler that sends libxml2's events to an assembler's builder.
  func handler() -> xmlSAXHandler {
    var handler = Self.safeHandler()
    handler.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let userData, let localName else { return }
      recordBuilder(userData).pointee.startElement(
        localName, attributeCount: Int(attributeCount), attributes: attributes)
    }
    handler.endElementNs = { userData, _, _, _ in
      guard let userData else { return }
      recordBuilder(userData).pointee.endElement()
    }
    let characters: charactersSAXFunc = { userData, bytes, count in
      guard let userData, let bytes else { return }
      recordBuilder(userData).pointee.characters(bytes, count: Int(count))
    }
    handler.characters = characters
    handler.ignorableWhitespace = characters
    return handler
  }
}

private func recordBuilder(_ userData: UnsafeMutableRawPointer) -> UnsafeMutablePointer<RecordBuilder> {
  Unmanaged<RecordAssembler>.fromOpaque(userData)._withUnsafeGuaranteedRef { $0.builder }
}
