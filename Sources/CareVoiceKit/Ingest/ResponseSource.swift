import SurveyFormats

/// A response read from an export, and whether anything in it was wrong.
public struct ReadResponse: Sendable, Hashable {
  public var response: Response
  /// Whether an error was reported for it; `--on-error skip` leaves such responses out.
  public var hasErrors: Bool

  public init(response: Response, hasErrors: Bool) {
    self.response = response
    self.hasErrors = hasErrors
  }
}

/// An export being read as responses to one instrument.
public protocol ResponseSource {
  /// The dialect the export is read as.
  var dialect: Dialect { get }
  /// The file (or folder) name used in diagnostics.
  var name: String { get }
  /// Every problem found so far, in the order found.
  var diagnostics: [Diagnostic] { get }
  /// The next response, or nil at the end of the export.
  mutating func next() throws -> ReadResponse?
  /// How many bytes of the export have been read so far, for progress displays; 0 where it cannot tell.
  var bytesRead: Int { get }
  /// Calls `body` with every remaining response, a run at a time, and the bytes read so far: the fast way to read a large export.
  mutating func forEachRun(_ body: (ResponseRun, _ bytesRead: Int) throws -> Void) throws
}

extension ResponseSource {
  /// Calls `body` with every remaining response and the bytes read so far.
  public mutating func forEach(_ body: (ReadResponse, _ bytesRead: Int) throws -> Void) throws {
    try forEachRun { run, bytesRead in
      for index in run.indices { try body(run.readResponse(at: index), bytesRead) }
    }
  }
}
