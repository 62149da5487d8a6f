import CLibXML2

/// The distinct field paths met in one document, each named once, so that a field costs no new name.
///
/// A node is an element or attribute below a record element (node 0 stands for the
/// record element itself), found by its parent and its local name. Local names come
/// from the parser's dictionary, so one name is always one pointer and comparing
/// names is comparing pointers. Records of one export repeat the same elements in
/// the same order, so each node remembers which sibling followed it last time and
/// that guess is checked first.
struct FieldPathTable {
  /// Which kind of thing a node names.
  enum Kind: UInt8 {
    /// An element below the record element.
    case element
    /// An attribute of the record element or of an element below it.
    case attribute
    /// The record element itself, when it has no child elements and holds text.
    case recordElement
  }

  /// One element or attribute below a record element.
  struct Node {
    var parent: Int32
    var localName: UnsafeRawPointer?
    var kind: Kind
    /// The local name.
    var name: String
    /// The local names from the record element down, joined by `/`.
    var path: String
    var firstChildGuess: Int32 = -1
    var nextSiblingGuess: Int32 = -1
  }

  private struct Key: Hashable {
    var parent: Int32
    var localName: UnsafeRawPointer
    var kind: UInt8
  }

  /// The record element: the root of every path.
  static let recordNode: Int32 = 0

  private(set) var nodes = [Node(parent: -1, localName: nil, kind: .element, name: "", path: "")]
  private var index: [Key: Int32] = Dictionary(minimumCapacity: 64)

  /// The number of distinct nodes met so far.
  var count: Int { nodes.count }

  subscript(node: Int32) -> Node {
    nodes[Int(node)]
  }

  /// The element `localName` under `parent`, whose previous child element was `previous` (-1 for none).
  mutating func element(
    _ localName: UnsafePointer<xmlChar>, under parent: Int32, after previous: Int32
  ) -> Int32 {
    let guess = previous >= 0 ? nodes[Int(previous)].nextSiblingGuess : nodes[Int(parent)].firstChildGuess
    if guess >= 0, nodes[Int(guess)].localName == UnsafeRawPointer(localName) {
      return guess
    }
    let node = lookUp(localName, under: parent, kind: .element)
    if previous >= 0 {
      nodes[Int(previous)].nextSiblingGuess = node
    } else {
      nodes[Int(parent)].firstChildGuess = node
    }
    return node
  }

  /// The attribute `localName` of the element `parent`.
  mutating func attribute(_ localName: UnsafePointer<xmlChar>, of parent: Int32) -> Int32 {
    lookUp(localName, under: parent, kind: .attribute)
  }

  /// The record element `localName` itself, as the field it is when it has no child elements.
  mutating func recordElement(_ localName: UnsafePointer<xmlChar>) -> Int32 {
    lookUp(localName, under: Self.recordNode, kind: .recordElement)
  }

  private mutating func lookUp(_ localName: UnsafePointer<xmlChar>, under parent: Int32, kind: Kind) -> Int32 {
    let key = Key(parent: parent, localName: UnsafeRawPointer(localName), kind: kind.rawValue)
    if let node = index[key] { return node }
    let name = String(cString: localName)
    let parentPath = nodes[Int(parent)].path
    let path = kind == .recordElement || parentPath.isEmpty ? name : parentPath + "/" + name
    let node = Int32(nodes.count)
    nodes.append(Node(parent: parent, localName: UnsafeRawPointer(localName), kind: kind, name: name, path: path))
    index[key] = node
    return node
  }
}
