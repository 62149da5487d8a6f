/// One record of named fields as a reader sees it: a CSV row under its header, or an XML element's leaves.
///
/// A field may hold several values: an XML element that repeats within a record
/// keeps every occurrence, in document order.
public struct Record: Sendable, Hashable {
  /// One named field of a record.
  public struct Field: Sendable, Hashable {
    /// The field's name: a CSV header, or an XML element's or attribute's local name.
    public var name: String
    /// For XML, the local names from the record element down to the field, joined by `/`
    /// (`group/question`); for CSV the same as ``name``.
    public var path: String
    public var values: [String]

    public init(name: String, path: String? = nil, values: [String]) {
      self.name = name
      self.path = path ?? name
      self.values = values
    }
  }

  public var line: Int
  public var fields: [Field]

  public init(line: Int, fields: [Field]) {
    self.line = line
    self.fields = fields
  }

  /// The values of the first field with this name, or nil when the record has no such field.
  public subscript(name: String) -> [String]? {
    fields.first { $0.name == name }?.values
  }
}
