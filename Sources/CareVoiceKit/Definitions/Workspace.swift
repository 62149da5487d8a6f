import SurveyFormats

/// Every definition in a workspace folder: its instruments, codebooks and pledges (DESIGN.md §4).
public struct Workspace: Sendable, Hashable {
  /// The workspace folder, as given.
  public var directory: String
  public var instruments: [Instrument]
  public var codebooks: [Codebook]
  public var pledges: [Pledge]
  public var redaction: RedactionList
  /// What ``load(from:)`` found worth saying that does not stop the definitions being used.
  public var warnings: [Diagnostic]

  public init(
    directory: String, instruments: [Instrument] = [], codebooks: [Codebook] = [],
    pledges: [Pledge] = [], redaction: RedactionList = .init(), warnings: [Diagnostic] = []
  ) {
    self.directory = directory
    self.instruments = instruments
    self.codebooks = codebooks
    self.pledges = pledges
    self.redaction = redaction
    self.warnings = warnings
  }

  public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }
  public func codebook(_ id: String) -> Codebook? { codebooks.first { $0.id == id } }
  public func pledge(_ id: String) -> Pledge? { pledges.first { $0.id == id } }
}
