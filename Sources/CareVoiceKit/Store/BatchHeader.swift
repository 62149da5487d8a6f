import Foundation

/// What the caller knows about a file before its responses are stored: the instrument it answers and the file itself.
public struct BatchHeader: Sendable {
  /// The definition the responses were read with; a snapshot of it is stored with the batch.
  public var instrument: Instrument
  /// The file name as given to `load`.
  public var source: String
  /// The dialect the file is read as.
  public var dialect: String
  /// The SHA-256 of the file's bytes, in lowercase hex: a file loaded before for the instrument is skipped.
  ///
  /// Nil when it is still being worked out while the responses are read: the caller then
  /// gives it through ``BatchWriter/settle(digest:)`` before the batch is committed.
  public var digest: String?
  /// The `--period` given, if any; it labels the batch even when no response is loaded.
  public var period: Period?
  /// When the load happened.
  public var loadedAt: Date

  /// A header; `loadedAt` defaults to now.
  public init(
    instrument: Instrument, source: String, dialect: String, digest: String?, period: Period? = nil,
    loadedAt: Date = Date()
  ) {
    self.instrument = instrument
    self.source = source
    self.dialect = dialect
    self.digest = digest
    self.period = period
    self.loadedAt = loadedAt
  }
}
