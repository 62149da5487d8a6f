import CLibXML2

/// Builds records from libxml2's SAX2 events, as ``XMLRecordReader`` describes.
///
/// This is the hot path of XML reading: names are compared as dictionary pointers,
/// text is gathered as bytes into one reused buffer, and a `String` is made once per
/// value; field names and paths come ready-made from a ``FieldPathTable``.
final class RecordAssembler: XMLParseSink {
  private struct Frame {
    var node: Int32
    var localName: UnsafePointer<xmlChar>
    var hasChildElements = false
    var hasAttributes = false
    var lastChild: Int32 = -1
  }

  /// Records completed and not yet taken by the reader.
  var completed: [Record] = []

  private let selection: RecordSelection
  private let limits: XMLRecordReader.Limits
  private var recordName: UnsafePointer<xmlChar>?
  private var metaName: UnsafePointer<xmlChar>?
  private var instanceIDName: UnsafePointer<xmlChar>?

  private var paths = FieldPathTable()
  private var depth = 0
  /// The record element and the elements open inside it; empty outside a record.
  private var frames: [Frame] = []
  private var text: [UInt8] = []
  private var fields: [Record.Field] = []
  /// For each node, where its field is in `fields`, valid when its stamp is the current record's.
  private var fieldSlots: [Int32] = []
  private var fieldStamps: [UInt32] = []
  private var recordSerial: UInt32 = 0
  private var recordLine = 1
  private var recordBytes = 0
  private var recordElementField: Int?
  private var recordsFound = 0
  private var held = HeldChildren()
  private var rootEnded = false

  init(fileName: String, selection: RecordSelection, limits: XMLRecordReader.Limits) {
    self.selection = selection
    self.limits = limits
    super.init(fileName: fileName)
    text.reserveCapacity(4096)
  }

  override func parserDidStart(_ context: xmlParserCtxtPtr) {
    super.parserDidStart(context)
    let dictionary = context.pointee.dict
    if case .named(let name) = selection {
      let localName = name.split(separator: ":").last.map(String.init) ?? name
      recordName = xmlDictLookup(dictionary, localName, -1)
    }
    metaName = xmlDictLookup(dictionary, "meta", -1)
    instanceIDName = xmlDictLookup(dictionary, "instanceID", -1)
  }

  override var isInsideRoot: Bool { depth > 0 }

  // MARK: Events

  fileprivate func startElement(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    depth += 1
    guard depth <= limits.maxDepth else {
      return stop(
        .error(
          at: SourceLocation(file: fileName, line: line),
          "the XML nests elements more than \(limits.maxDepth) deep here; no survey export does, so carevoice"
            + " stops reading — check that this is the export you meant"))
    }
    if !frames.isEmpty {
      startInsideRecord(localName, attributeCount: attributeCount, attributes: attributes)
      return
    }
    switch selection {
    case .automatic where depth == 1:
      held.rootLine = line
      forEachAttribute(attributeCount, attributes) { name, value in
        held.rootAttributes.append(Record.Field(name: String(cString: name), values: [value]))
      }
    case .automatic where depth == 2:
      startRecord(localName, attributeCount: attributeCount, attributes: attributes)
    case .named where localName == recordName:
      startRecord(localName, attributeCount: attributeCount, attributes: attributes)
    default:
      break
    }
  }

  private func startRecord(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    recordSerial &+= 1
    recordLine = line
    recordBytes = 0
    recordElementField = nil
    text.removeAll(keepingCapacity: true)
    frames.append(Frame(node: FieldPathTable.recordNode, localName: localName, hasAttributes: attributeCount > 0))
    addAttributes(attributeCount, attributes, of: FieldPathTable.recordNode)
  }

  private func startInsideRecord(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    let parent = frames.count - 1
    frames[parent].hasChildElements = true
    text.removeAll(keepingCapacity: true)
    let node = paths.element(localName, under: frames[parent].node, after: frames[parent].lastChild)
    frames.append(Frame(node: node, localName: localName))
    if depth == 3, frames[0].localName == metaName, localName == instanceIDName, case .automatic = selection {
      held.isSubmission = true
    }
    addAttributes(attributeCount, attributes, of: node)
    checkFieldPaths()
  }

  fileprivate func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
    guard let top = frames.last, !top.hasChildElements else { return }
    guard text.count + count <= limits.maxFieldBytes else {
      return stop(
        .error(
          at: SourceLocation(file: fileName, line: line),
          "one value here is longer than \(limits.maxFieldBytes) bytes; no answer to a survey is, so carevoice"
            + " stops reading — check that this is the export you meant"))
    }
    text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
  }

  fileprivate func endElement() {
    defer { depth -= 1 }
    guard let frame = frames.popLast() else {
      if depth == 1 { endRoot() }
      return
    }
    if !frame.hasChildElements {
      if !frames.isEmpty {
        addTrimmedText(to: frame.node)
      } else if !frame.hasAttributes || trimmedText().count > 0 {
        let node = paths.recordElement(frame.localName)
        addTrimmedText(to: node)
        recordElementField = fieldSlot(of: node)
      }
    }
    text.removeAll(keepingCapacity: true)
    if frames.isEmpty {
      endRecord(frame.localName)
    } else {
      frames[frames.count - 1].lastChild = frame.node
    }
  }

  private func endRecord(_ localName: UnsafePointer<xmlChar>) {
    let record = Record(line: recordLine, fields: fields)
    fields = []
    fields.reserveCapacity(record.fields.count)
    recordsFound += 1
    guard case .automatic = selection, !held.isStreaming else {
      completed.append(record)
      return
    }
    let child = HeldChildren.Child(
      record: record, elementName: String(cString: localName), elementField: recordElementField)
    if held.hold(child, bytes: recordBytes) {
      completed += held.release()
    }
  }

  private func endRoot() {
    rootEnded = true
    guard case .automatic = selection, !held.isStreaming else { return }
    if held.isSubmission {
      completed.append(held.submission())
    } else {
      completed += held.release()
    }
  }

  /// Called once the parse is over, whether or not the root ended.
  func documentDidEnd() {
    if case .automatic = selection, !rootEnded, !held.isSubmission {
      completed += held.release()
    }
    guard recordsFound == 0, !diagnostics.contains(where: \.isError) else { return }
    let location = SourceLocation(file: fileName, line: 1)
    switch selection {
    case .automatic:
      diagnostics.append(
        .warning(at: location, "the root element has no child elements, so this file holds no records"))
    case .named(let name):
      diagnostics.append(
        .warning(
          at: location,
          "no element is named \"\(name)\", so this file holds no records; check the name of the record element"))
    }
  }

  // MARK: Values

  private func addAttributes(
    _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, of element: Int32
  ) {
    forEachAttribute(count, attributes) { name, value in
      addValue(value, byteCount: value.utf8.count, to: paths.attribute(name, of: element))
    }
  }

  private func forEachAttribute(
    _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ body: (UnsafePointer<xmlChar>, String) -> Void
  ) {
    guard count > 0, let attributes else { return }
    for index in 0..<count {
      let attribute = attributes + index * 5
      guard let name = attribute[0], let start = attribute[3], let end = attribute[4] else { continue }
      body(name, AttributeValue.decoded(UnsafeBufferPointer(start: start, count: end - start)))
    }
  }

  private func trimmedText() -> Range<Int> {
    var start = 0
    var end = text.count
    while start < end, isXMLSpace(text[start]) { start += 1 }
    while end > start, isXMLSpace(text[end - 1]) { end -= 1 }
    return start..<end
  }

  private func addTrimmedText(to node: Int32) {
    let range = trimmedText()
    let value = text.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    addValue(value, byteCount: range.count, to: node)
  }

  private func addValue(_ value: String, byteCount: Int, to node: Int32) {
    recordBytes += byteCount
    if recordBytes > limits.maxRecordBytes {
      return stop(
        .error(
          at: SourceLocation(file: fileName, line: recordLine),
          "the record starting here holds more than \(limits.maxRecordBytes) bytes of answers; no survey response"
            + " does, so carevoice stops reading — check that this is the export you meant"))
    }
    if let slot = fieldSlot(of: node) {
      fields[slot].values.append(value)
      return
    }
    let index = Int(node)
    if index >= fieldStamps.count {
      fieldStamps += repeatElement(0, count: paths.count - fieldStamps.count)
      fieldSlots += repeatElement(0, count: paths.count - fieldSlots.count)
    }
    fieldStamps[index] = recordSerial
    fieldSlots[index] = Int32(fields.count)
    let info = paths[node]
    fields.append(Record.Field(name: info.name, path: info.path, values: [value]))
  }

  private func fieldSlot(of node: Int32) -> Int? {
    let index = Int(node)
    guard index < fieldStamps.count, fieldStamps[index] == recordSerial else { return nil }
    return Int(fieldSlots[index])
  }

  private func checkFieldPaths() {
    guard paths.count > limits.maxFieldPaths else { return }
    stop(
      .error(
        at: SourceLocation(file: fileName, line: line),
        "the XML has more than \(limits.maxFieldPaths) different field names; no survey export has, so carevoice"
          + " stops reading — check that this is the export you meant"))
  }

  /// The SAX2 handler that sends libxml2's events to an assembler.
  func handler() -> xmlSAXHandler {
    var handler = Self.safeHandler()
    handler.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let userData, let localName else { return }
      Unmanaged<RecordAssembler>.fromOpaque(userData)._withUnsafeGuaranteedRef {
        $0.startElement(localName, attributeCount: Int(attributeCount), attributes: attributes)
      }
    }
    handler.endElementNs = { userData, _, _, _ in
      guard let userData else { return }
      Unmanaged<RecordAssembler>.fromOpaque(userData)._withUnsafeGuaranteedRef { $0.endElement() }
    }
    let characters: charactersSAXFunc = { userData, bytes, count in
      guard let userData, let bytes else { return }
      Unmanaged<RecordAssembler>.fromOpaque(userData)._withUnsafeGuaranteedRef {
        $0.characters(bytes, count: Int(count))
      }
    }
    handler.characters = characters
    handler.ignorableWhitespace = characters
    return handler
  }
}

private func isXMLSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}
