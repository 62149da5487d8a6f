import CLibXML2

/// The receiving end of a libxml2 SAX2 parse: the safety callbacks every carevoice parse shares,
/// and the diagnostics they raise.
///
/// Subclasses add the element and text callbacks for one kind of document. A document
/// that declares any entity in a DOCTYPE — internal or external, general or parameter —
/// is refused at that declaration with an error: survey exports never declare entities,
/// an external one could read a file or reach the network, and internal ones are how
/// "billion laughs" files expand without limit. References to the five predefined
/// entities (`&amp;` ...) and character references are read as usual.
class XMLParseSink {
  /// The file name used in diagnostics.
  let fileName: String
  /// The problems found so far.
  var diagnostics: [Diagnostic] = []
  /// The parser feeding this sink, known once it has started.
  private(set) var context: xmlParserCtxtPtr?
  /// Whether the parse has stopped, at an error of libxml2's or because this sink stopped it.
  private(set) var isStopped = false
  private var warningsSeen: Set<Int> = []

  init(fileName: String) {
    self.fileName = fileName
  }

  /// The line the parser has reached (the end of the start tag just read, inside a callback).
  var line: Int {
    guard let input = context?.pointee.input else { return 1 }
    return Int(input.pointee.line)
  }

  /// Called by ``XMLPushParser`` once the parser exists; subclasses intern names in its dictionary here.
  func parserDidStart(_ context: xmlParserCtxtPtr) {
    self.context = context
  }

  /// Records an error and stops the parse: no callback follows.
  func stop(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
    isStopped = true
    if let context { xmlStopParser(context) }
  }

  /// The diagnostic for a report of libxml2's; subclasses phrase it for their kind of file.
  func diagnostic(for report: LibXML2Report) -> Diagnostic {
    let location = SourceLocation(file: fileName, line: report.line, column: report.column)
    return Diagnostic(report.isWarning ? .warning : .error, at: location, report.advice(root: rootProgress))
  }

  /// How far the parse got through the root element; subclasses that track depth say.
  var rootProgress: RootProgress { .closed }

  fileprivate func receive(_ error: xmlError) {
    // After the first error libxml2's further words add nothing; each kind of warning is said once.
    guard !isStopped else { return }
    let report = LibXML2Report(error)
    if report.isWarning {
      guard warningsSeen.insert(report.code).inserted else { return }
      diagnostics.append(diagnostic(for: report))
    } else {
      stop(diagnostic(for: report))
    }
  }

  fileprivate func refuseEntity(named name: String, systemID: String?) {
    let location = SourceLocation(file: fileName, line: line)
    if let systemID {
      stop(
        .error(
          at: location,
          "this file declares an external entity \"\(name)\" that points to \(systemID); carevoice never reads"
            + " external entities (they can leak other files or reach the network), so it stops here"
            + " — export the file again from the survey tool"))
    } else {
      stop(
        .error(
          at: location,
          "this file declares its own entity \"\(name)\" in a DOCTYPE; survey exports never do, and such"
            + " declarations can make a small file expand without limit, so carevoice stops here"
            + " — export the file again from the survey tool"))
    }
  }

  /// A SAX2 handler with the safety callbacks set; callers add element and text callbacks.
  static func safeHandler() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.initialized = XML_SAX2_MAGIC
    handler.serror = { userData, error in
      guard let userData, let error else { return }
      sink(userData).receive(error.pointee)
    }
    handler.entityDecl = { userData, name, _, _, systemID, _ in
      guard let userData else { return }
      sink(userData).refuseEntity(named: text(name), systemID: systemID.map { String(cString: $0) })
    }
    handler.unparsedEntityDecl = { userData, name, _, systemID, _ in
      guard let userData else { return }
      sink(userData).refuseEntity(named: text(name), systemID: systemID.map { String(cString: $0) } ?? "")
    }
    return handler
  }
}

private func sink(_ userData: UnsafeMutableRawPointer) -> XMLParseSink {
  Unmanaged<XMLParseSink>.fromOpaque(userData).takeUnretainedValue()
}

private func text(_ name: UnsafePointer<xmlChar>?) -> String {
  name.map { String(cString: $0) } ?? ""
}
