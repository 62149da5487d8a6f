import CLibXML2

/// The process-wide setup of libxml2 that makes every parse in carevoice safe (DESIGN.md §7).
///
/// Once per process: `xmlInitParser`, an external entity loader that refuses every
/// file and address, and silent default error handlers for threads that start using
/// libxml2 later. `xmlCleanupParser` is never called: other code in the process
/// (FoundationXML) shares the library.
enum LibXML2 {
  /// Parser options: no network, CDATA delivered as text; never `NOENT`, `DTDLOAD`, `DTDVALID`, `XINCLUDE` or `HUGE`.
  static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

  /// Runs the process-wide setup the first time it is asked for; cheap afterwards.
  static func prepare() {
    _ = processSetup
  }

  /// Silences libxml2's own error channels on the calling thread, whose settings are thread-local.
  ///
  /// Errors raised inside a parse reach the parser's structured handler instead; this
  /// covers the few that libxml2 raises outside any parser (character conversion).
  static func silenceCurrentThread() {
    xmlSetStructuredErrorFunc(nil, ignoreStructuredError)
    cxml_silence_generic_errors()
  }

  private static let processSetup: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader(refuseExternalEntity)
    xmlThrDefSetStructuredErrorFunc(nil, ignoreStructuredError)
    silenceCurrentThread()
  }()
}

/// The external entity loader: every file, every address, every DTD is refused.
private let refuseExternalEntity: xmlExternalEntityLoader = { _, _, _ in nil }

/// Swallows an error libxml2 raised outside a parser; the parser reports what matters itself.
private let ignoreStructuredError: xmlStructuredErrorFunc = { _, _ in }
