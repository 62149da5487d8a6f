/// Reads the records of an XML export one at a time, streaming the file through libxml2's SAX2 push parser.
///
/// A record's fields are its leaf descendants (elements with no child elements;
/// groups are flattened) named by local name, with namespace prefixes ignored, and
/// the attributes of the record element and its descendants, other than namespace
/// declarations. A leaf's text is trimmed of surrounding white space, so an empty
/// or white-space-only element is a field holding "" (ODK's rule); CDATA is text;
/// an attribute keeps its value exactly. A field that repeats keeps every value in
/// document order. Text beside child elements (mixed content) is not read. A record
/// element with no child elements is itself a field, unless it holds no text and has
/// attributes (`<row id="1" q1="yes"/>`).
///
/// With ``RecordSelection/automatic`` the reader holds the root's children back
/// until it knows whether the document is one ODK/Kobo submission: until the root
/// ends, or until more than 1,000 children or 2 MB of values have been seen without
/// a `meta/instanceID`, after which it streams each child as a record. A submission
/// whose `meta` comes after 1,000 other children is therefore read as children.
///
/// Fields come in the order they first appear; a record's line is the line where its
/// start tag ends. Problems in the XML are ``diagnostics``; reading stops at the first
/// error, keeping the records completed before it (children still held back are kept only
/// when their names repeat, as a list's records do, not when they are a submission's groups).
///
/// Reading is safe with hostile files: no network, no other file, no DTD is ever
/// read, and a document that declares any entity in a DOCTYPE (survey exports never
/// do; external entities leak files, internal ones make "billion laughs" bombs) is
/// refused at the declaration with an error. The five predefined entities (`&amp;`
/// ...) and character references are read as usual. libxml2 never prints.
public struct XMLRecordReader {
  /// Bounds that keep a hostile or broken file from exhausting memory.
  public struct Limits: Sendable, Hashable {
    /// The deepest an element may be nested, the root being depth 1.
    public var maxDepth: Int
    /// The most bytes one field's value may hold.
    public var maxFieldBytes: Int
    /// The most bytes one record may take, counting each value's bytes and ``bytesPerValue`` more for each value
    /// (so that a record of millions of empty elements is refused too).
    public var maxRecordBytes: Int
    /// The most distinct field paths a document may have.
    public var maxFieldPaths: Int

    /// Limits with the given bounds; the defaults are generous for any survey export.
    public init(
      maxDepth: Int = 128, maxFieldBytes: Int = 1 << 20, maxRecordBytes: Int = 16 << 20,
      maxFieldPaths: Int = 100_000
    ) {
      self.maxDepth = maxDepth
      self.maxFieldBytes = maxFieldBytes
      self.maxRecordBytes = maxRecordBytes
      self.maxFieldPaths = maxFieldPaths
    }

    /// What each value adds to a record's size besides its own bytes, roughly what holding it costs.
    public static let bytesPerValue = 32

    /// The limits used unless told otherwise.
    public static let standard = Limits()
  }

  /// The file name used in diagnostics.
  public let name: String
  private let stream: XMLRecordStream

  /// A reader of the file at `path`.
  public init(path: String, record: RecordSelection = .automatic, limits: Limits = .standard) throws(InputError) {
    name = path
    stream = XMLRecordStream(
      source: try .file(ChunkedFile(path: path)), name: path, selection: record, limits: limits)
  }

  /// A reader of bytes already in memory, named `name` in diagnostics.
  public init(bytes: [UInt8], name: String, record: RecordSelection = .automatic, limits: Limits = .standard) {
    self.name = name
    stream = XMLRecordStream(source: .bytes(bytes), name: name, selection: record, limits: limits)
  }

  /// The problems found so far; grows as records are read.
  public var diagnostics: [Diagnostic] { stream.diagnostics }

  /// How many bytes of the document have been read so far, for progress displays.
  public var bytesRead: Int { stream.bytesRead }

  /// The next record, or nil at the end of the input or after an error.
  public mutating func next() throws(InputError) -> Record? {
    try stream.next()
  }
}
