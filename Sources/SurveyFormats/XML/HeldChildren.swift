/// The root's children held back in automatic mode until it is known whether the document is
/// one ODK/Kobo submission (one record) or a list of records.
struct HeldChildren {
  /// One child of the root, read as if it were a record.
  struct Child {
    var record: Record
    /// The child's local name, which prefixes its fields' paths in a submission.
    var elementName: String
    /// The same name as the parser's dictionary holds it: one name, one pointer, while the parser lives.
    var localName: UnsafeRawPointer
    /// The field that is the child element itself (a leaf child of the root), if any.
    var elementField: Int?
  }

  /// How many children are held at most before they are streamed as records.
  static let maxChildren = 1_000
  /// How many bytes are held at most before the children are streamed as records.
  static let maxBytes = 2_000_000

  private(set) var children: [Child] = []
  /// The bytes the held children take, as ``XMLRecordReader/Limits/maxRecordBytes`` counts them.
  private(set) var bytes = 0
  /// The root's attributes, fields of a submission.
  var rootAttributes: [Record.Field] = []
  var rootLine = 1
  /// Whether a `meta` child holding an `instanceID` was seen.
  var isSubmission = false
  /// Whether the children have been let go as records: the document is not a submission.
  private(set) var isStreaming = false

  /// Holds one more child; true when too much is held and the children should be streamed.
  mutating func hold(_ child: Child, bytes: Int) -> Bool {
    children.append(child)
    self.bytes += bytes
    return !isSubmission && (children.count > Self.maxChildren || self.bytes > Self.maxBytes)
  }

  /// Lets the held children go as records, and every later child with them.
  mutating func release() -> [Record] {
    isStreaming = true
    defer { children = [] }
    return children.map(\.record)
  }

  /// Whether two held children have the same name, as the records of a list have.
  var namesRepeat: Bool {
    var names = Set<UnsafeRawPointer>(minimumCapacity: children.count)
    return children.contains { !names.insert($0.localName).inserted }
  }

  /// The whole submission as one record, its fields' paths starting at the root's children.
  ///
  /// Fields of children with the same name (a repeat group) are merged; when every
  /// child's name is its own, as in most submissions, no field needs merging.
  func submission() -> Record {
    let leafMeetsAttribute = children.contains { child in
      child.elementField != nil && rootAttributes.contains { $0.name == child.elementName }
    }
    guard namesRepeat || leafMeetsAttribute else {
      var fields = rootAttributes
      fields.reserveCapacity(fields.count + children.reduce(0) { $0 + $1.record.fields.count })
      for child in children {
        for (index, field) in child.record.fields.enumerated() {
          let path = index == child.elementField ? field.path : child.elementName + "/" + field.path
          fields.append(Record.Field(name: field.name, path: path, values: field.values))
        }
      }
      return Record(line: rootLine, fields: fields)
    }
    var fields = rootAttributes
    var slots: [String: Int] = [:]
    slots.reserveCapacity(fields.count + children.reduce(0) { $0 + $1.record.fields.count })
    for (index, field) in fields.enumerated() { slots[field.path] = index }
    for child in children {
      for (index, field) in child.record.fields.enumerated() {
        let path = index == child.elementField ? field.path : child.elementName + "/" + field.path
        if let slot = slots[path] {
          fields[slot].values += field.values
        } else {
          slots[path] = fields.count
          fields.append(Record.Field(name: field.name, path: path, values: field.values))
        }
      }
    }
    return Record(line: rootLine, fields: fields)
  }
}
