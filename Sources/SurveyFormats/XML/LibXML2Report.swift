import CLibXML2

/// One error or warning raised by libxml2 during a parse, copied out of its C structure.
struct LibXML2Report: Sendable, Hashable {
  var code: Int
  var isWarning: Bool
  var isNamespaceFault: Bool
  /// libxml2's own words, without the trailing line break.
  var message: String
  var line: Int
  var column: Int?

  init(_ error: xmlError) {
    code = Int(error.code)
    isNamespaceFault = error.domain == Int32(XML_FROM_NAMESPACE.rawValue)
    isWarning = error.level == XML_ERR_WARNING || isNamespaceFault
    let text = error.message.map { String(cString: $0) } ?? "unknown error"
    // A diagnostic is one line; libxml2 ends its messages with a line break and sometimes breaks them.
    message = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.joined(separator: " ")
    line = max(Int(error.line), 1)
    column = error.int2 > 0 ? Int(error.int2) : nil
  }

  /// What went wrong and what to do, for a participation officer.
  ///
  ///     the XML is broken here: Opening and ending tag mismatch: answer line 3 and response;
  ///     the export may be damaged or cut short — export it again
  ///
  /// In push mode libxml2 says "Extra content at the end of the document" whenever a
  /// document ends unfinished; `root` tells what that means: an empty or non-XML file
  /// before any root element, a file cut short inside it.
  func advice(root: RootProgress) -> String {
    switch code {
    case Int(XML_ERR_DOCUMENT_END.rawValue) where root == .notStarted:
      return "the file is empty or is not XML (it has no root element); export it again from the survey tool"
    case Int(XML_ERR_DOCUMENT_END.rawValue) where root == .open:
      return "the file ends before its XML does (an element is still open at the end); the export was probably cut"
        + " short — export it again"
    case Int(XML_ERR_TAG_NOT_FINISHED.rawValue):
      return "the file ends before its XML does (\(message)); the export was probably cut short — export it again"
    case Int(XML_ERR_DOCUMENT_EMPTY.rawValue):
      return "the file is empty or is not XML (\(message)); export it again from the survey tool"
    case Int(XML_ERR_DOCUMENT_END.rawValue):
      return "there is more after the end of the XML (\(message)); two exports may have been joined into one file"
        + " — export it again"
    case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue):
      return "the text uses a name after & that XML does not know (\(message)); a plain & must be written &amp;"
        + " — export the file again from the survey tool"
    case Int(XML_ERR_INVALID_CHAR.rawValue), Int(XML_ERR_INVALID_ENCODING.rawValue),
      Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue):
      return "the file holds bytes that are not text in its encoding (\(message)); export or save it again as UTF-8"
    default:
      if isNamespaceFault {
        return "the XML has a namespace fault (\(message)); carevoice reads elements by their local names, so this"
          + " loses nothing"
      }
      if isWarning {
        return "the XML has a small fault that does not stop it being read: \(message)"
      }
      return "the XML is broken here: \(message); the export may be damaged or cut short — export it again"
    }
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
    return self[start..<end]
  }
}

/// How far a parse got through the document's root element.
enum RootProgress {
  case notStarted
  case open
  case closed
}
