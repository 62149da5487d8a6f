import CLibXML2

/// Builds records from libxml2's SAX2 events, as ``XMLRecordReader`` describes.
///
/// This is the hot path of XML reading: names are compared as dictionary pointers,
/// text is gathered as bytes into one reused buffer, a `String` is made once per
/// value, and field names and paths come ready-made from a ``FieldPathTable``.
struct RecordBuilder {
  private struct Frame {
    var node: Int32
    var localName: UnsafePointer<xmlChar>
    var hasChildElements = false
    var hasAttributes = false
    var lastChild: Int32 = -1
  }

  private struct FieldSlot {
    var record: UInt32 = 0
    var index: Int32 = 0
  }

  /// Records completed and not yet taken by the reader.
  var completed: [Record] = []
  /// How deep the parser is: 0 outside the root, 1 in the root.
  private(set) var depth = 0
  /// Whether the root element has started.
  private(set) var hasSeenRoot = false

  private unowned(unsafe) let sink: XMLParseSink
  private let limits: XMLRecordReader.Limits
  private let selection: RecordSelection
  private let isAutomatic: Bool
  private var context: xmlParserCtxtPtr?
  private var recordName: UnsafePointer<xmlChar>?
  private var metaName: UnsafePointer<xmlChar>?
  private var instanceIDName: UnsafePointer<xmlChar>?

  private var paths = FieldPathTable()
  /// The record element and the elements open inside it; none outside a record.
  private let frames: UnsafeMutablePointer<Frame>
  private var frameCount = 0
  private var text = TextBuffer()
  private var shortValues = ShortValueCache()
  private var fields: [Record.Field] = []
  /// For each node, where its field is in `fields`, valid when stamped with the current record.
  private var fieldSlots: [FieldSlot] = []
  private var recordSerial: UInt32 = 0
  private var recordLine = 1
  private var recordBytes = 0
  private var recordElementField: Int?
  private var recordsFound = 0
  private var held = HeldChildren()
  private var rootEnded = false

  init(sink: XMLParseSink, selection: RecordSelection, limits: XMLRecordReader.Limits) {
    self.sink = sink
    self.selection = selection
    self.limits = limits
    if case .automatic = selection { isAutomatic = true } else { isAutomatic = false }
    frames = .allocate(capacity: max(limits.maxDepth, 1) + 1)
  }

  func deallocateBuffers() {
    frames.deallocate()
    text.deallocate()
  }

  mutating func parserDidStart(_ context: xmlParserCtxtPtr) {
    self.context = context
    let dictionary = context.pointee.dict
    if case .named(let name) = selection {
      let localName = name.split(separator: ":").last.map(String.init) ?? name
      recordName = xmlDictLookup(dictionary, localName, -1)
    }
    metaName = xmlDictLookup(dictionary, "meta", -1)
    instanceIDName = xmlDictLookup(dictionary, "instanceID", -1)
  }

  private var line: Int {
    guard let input = context?.pointee.input else { return 1 }
    return Int(input.pointee.line)
  }

  // MARK: Events

  mutating func startElement(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    depth += 1
    hasSeenRoot = true
    guard depth <= limits.maxDepth else {
      return stop(
        at: line,
        "the XML nests elements more than \(limits.maxDepth) deep here; no survey export does, so carevoice"
          + " stops reading — check that this is the export you meant")
    }
    if frameCount > 0 {
      startInsideRecord(localName, attributeCount: attributeCount, attributes: attributes)
    } else if isAutomatic ? depth == 2 : localName == recordName {
      startRecord(localName, attributeCount: attributeCount, attributes: attributes)
    } else if isAutomatic, depth == 1 {
      held.rootLine = line
      forEachAttribute(attributeCount, attributes) { name, value in
        held.rootAttributes.append(Record.Field(name: String(cString: name), values: [value]))
      }
    }
  }

  private mutating func startRecord(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    recordSerial &+= 1
    recordLine = line
    recordBytes = 0
    recordElementField = nil
    text.removeAll()
    frames[0] = Frame(node: FieldPathTable.recordNode, localName: localName, hasAttributes: attributeCount > 0)
    frameCount = 1
    addAttributes(attributeCount, attributes, of: FieldPathTable.recordNode)
  }

  private mutating func startInsideRecord(
    _ localName: UnsafePointer<xmlChar>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    let parent = frames + (frameCount - 1)
    parent.pointee.hasChildElements = true
    text.removeAll()
    let count = paths.count
    let node = paths.element(localName, under: parent.pointee.node, after: parent.pointee.lastChild)
    frames[frameCount] = Frame(node: node, localName: localName)
    frameCount += 1
    if isAutomatic, depth == 3, frames[0].localName == metaName, localName == instanceIDName {
      held.isSubmission = true
    }
    if attributeCount > 0 { addAttributes(attributeCount, attributes, of: node) }
    if paths.count > count, paths.count > limits.maxFieldPaths {
      stop(
        at: line,
        "the XML has more than \(limits.maxFieldPaths) different field names; no survey export has, so carevoice"
          + " stops reading — check that this is the export you meant")
    }
  }

  mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
    guard frameCount > 0, !frames[frameCount - 1].hasChildElements else { return }
    guard text.count + count <= limits.maxFieldBytes else {
      return stop(
        at: line,
        "one value here is longer than \(limits.maxFieldBytes) bytes; no answer to a survey is, so carevoice"
          + " stops reading — check that this is the export you meant, or if the value is meant to be that long,"
          + " raise the limit with --max-field-bytes")
    }
    text.append(bytes, count: count)
  }

  mutating func endElement() {
    defer { depth -= 1 }
    guard frameCount > 0 else {
      if depth == 1 { endRoot() }
      return
    }
    frameCount -= 1
    let frame = frames[frameCount]
    if !frame.hasChildElements {
      if frameCount > 0 {
        addText(to: frame.node)
      } else if !frame.hasAttributes || !text.trimmed.isEmpty {
        let node = paths.recordElement(frame.localName)
        addText(to: node)
        recordElementField = fieldIndex(of: node)
      }
    }
    text.removeAll()
    if frameCount == 0 {
      endRecord(frame.localName)
    } else {
      frames[frameCount - 1].lastChild = frame.node
    }
  }

  private mutating func endRecord(_ localName: UnsafePointer<xmlChar>) {
    let record = Record(line: recordLine, fields: fields)
    fields = []
    fields.reserveCapacity(record.fields.count)
    recordsFound += 1
    guard isAutomatic, !held.isStreaming else {
      completed.append(record)
      return
    }
    let child = HeldChildren.Child(
      record: record, elementName: String(cString: localName), localName: UnsafeRawPointer(localName),
      elementField: recordElementField)
    if held.hold(child, bytes: recordBytes) {
      completed += held.release()
    } else if held.isSubmission, held.bytes > limits.maxRecordBytes {
      stop(
        at: held.rootLine,
        "the submission starting here holds more than \(limits.maxRecordBytes) bytes of answers; no survey"
          + " response does, so carevoice stops reading — check that this is the export you meant")
    }
  }

  private mutating func endRoot() {
    rootEnded = true
    guard isAutomatic, !held.isStreaming else { return }
    completed += held.isSubmission ? [held.submission()] : held.release()
  }

  /// Called once the parse is over, whether or not the root ended.
  ///
  /// When it stopped early, before the document showed what it is, held children are kept as records only if
  /// their names repeat, as a list's records do; children all named differently are the groups of a submission
  /// cut short before its `meta`, and none of them is a response.
  mutating func documentDidEnd() {
    if isAutomatic, !rootEnded, !held.isSubmission, held.namesRepeat {
      completed += held.release()
    }
    guard recordsFound == 0, !sink.diagnostics.contains(where: \.isError) else { return }
    let location = SourceLocation(file: sink.fileName, line: 1)
    switch selection {
    case .automatic:
      sink.diagnostics.append(
        .warning(at: location, "the root element has no child elements, so this file holds no records"))
    case .named(let name):
      sink.diagnostics.append(
        .warning(
          at: location,
          "no element is named \"\(name)\", so this file holds no records; check the name of the record element"))
    }
  }

  // MARK: Values

  private mutating func addAttributes(
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

  private mutating func addText(to node: Int32) {
    let bytes = text.trimmed
    // A file of one record (an ODK submission) would only fill the cache, so it waits for a second record.
    if bytes.count <= ShortValueCache.maxBytes, recordsFound > 0, !isAutomatic || held.isStreaming {
      addValues(shortValues.values(of: bytes, forField: node), byteCount: bytes.count, to: node)
    } else {
      addValues([String(decoding: bytes, as: UTF8.self)], byteCount: bytes.count, to: node)
    }
  }

  private mutating func addValue(_ value: String, byteCount: Int, to node: Int32) {
    addValues([value], byteCount: byteCount, to: node)
  }

  /// Adds one value, given as the one-element array that will hold it when the field is new.
  private mutating func addValues(_ values: [String], byteCount: Int, to node: Int32) {
    recordBytes += byteCount + XMLRecordReader.Limits.bytesPerValue
    guard recordBytes <= limits.maxRecordBytes else {
      return stop(
        at: recordLine,
        "the record starting here holds more than \(limits.maxRecordBytes) bytes of answers; no survey response"
          + " does, so carevoice stops reading — check that this is the export you meant")
    }
    let index = Int(node)
    if index >= fieldSlots.count {
      fieldSlots += repeatElement(FieldSlot(), count: paths.count - fieldSlots.count)
    }
    if fieldSlots[index].record == recordSerial {
      fields[Int(fieldSlots[index].index)].values += values
      return
    }
    fieldSlots[index] = FieldSlot(record: recordSerial, index: Int32(fields.count))
    let named = paths[node]
    fields.append(Record.Field(name: named.name, path: named.path, values: values))
  }

  private func fieldIndex(of node: Int32) -> Int? {
    let index = Int(node)
    guard index < fieldSlots.count, fieldSlots[index].record == recordSerial else { return nil }
    return Int(fieldSlots[index].index)
  }

  private func stop(at line: Int, _ message: String) {
    sink.stop(.error(at: SourceLocation(file: sink.fileName, line: line), message))
  }
}
