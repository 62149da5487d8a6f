import Foundation
import SurveyFormats

/// Loading one export as one batch: read it, check it, and store it whole — or store nothing of it.
public enum BatchLoad {
  /// What `load` does with responses that have errors (`--on-error`).
  public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Any error, and nothing of the batch is stored (the default).
    case reject
    /// Responses with errors are left out and counted; the rest are stored.
    case skip
  }

  /// One file to load, and how.
  public struct Request: Sendable {
    public var path: String
    public var instrument: Instrument
    public var dialect: Dialect?
    public var delimiter: UInt8?
    /// The period every response belongs to; nil derives each response's quarter from its submission date.
    public var period: Period?
    public var onError: ErrorPolicy
    /// The sizes past which the file is refused.
    public var limits: InputLimits

    public init(
      path: String, instrument: Instrument, dialect: Dialect? = nil, delimiter: UInt8? = nil, period: Period? = nil,
      onError: ErrorPolicy = .reject, limits: InputLimits = .standard
    ) {
      self.path = path
      self.instrument = instrument
      self.dialect = dialect
      self.delimiter = delimiter
      self.period = period
      self.onError = onError
      self.limits = limits
    }
  }

  /// How far a load has gone, for a progress display.
  public struct Progress: Sendable {
    public var responses: Int
    public var bytesRead: Int
    public var totalBytes: Int
  }

  /// What came of loading one file.
  public struct Outcome: Sendable {
    /// Whether the batch was stored, had been stored before, or was rejected.
    public enum Result: Sendable, Hashable {
      case loaded(Batch)
      case alreadyLoaded(Batch)
      case rejected(BatchCounts)
      /// The file held no responses, so nothing was stored.
      case empty
    }

    public var file: String
    public var dialect: Dialect?
    public var result: Result
    public var diagnostics: [Diagnostic]

    /// One line for the officer, saying what happened to the file and its responses.
    public var summary: String {
      func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
      let dialectNote = dialect.map { "dialect: \($0.rawValue)" } ?? ""
      switch result {
      case .loaded(let batch):
        let counts = batch.counts
        return "\(file): loaded \(plural(counts.loaded, "response")) as batch \(batch.id) "
          + "(\(batch.period ?? "no period"); \(dialectNote)); \(counts.duplicates) already loaded and skipped, "
          + "\(counts.rejected) left out for errors"
      case .alreadyLoaded(let batch):
        return "\(file): already loaded as batch \(batch.id) on \(batch.loadedAt.prefix(10)); skipped"
      case .rejected(let counts):
        let errors = diagnostics.filter(\.isError).count
        return "\(file): not loaded — \(plural(errors, "error")) in \(plural(counts.read, "response")) read "
          + "(\(dialectNote)); fix them and load again, or use --on-error skip to leave those responses out"
      case .empty:
        return "\(file): no responses to load (\(dialectNote)); nothing stored"
      }
    }
  }

  /// Loads one export into the store as one batch, in one transaction.
  ///
  /// A file whose bytes were loaded before for the instrument is reported and left alone.
  /// With ``ErrorPolicy/reject`` any error stores nothing; with ``ErrorPolicy/skip`` the
  /// responses with errors are counted and left out. A response with no period — no
  /// `--period` and no readable submission date — is an error.
  public static func run(
    _ request: Request, into store: Store, progress: (Progress) -> Void = { _ in }
  ) throws -> Outcome {
    try request.limits.checkSize(of: request.path)
    // Hashed while the responses are read, and checked against the batches stored once known.
    let digest = PendingDigest(of: request.path)
    let dialect = try request.dialect ?? Dialect.detect(at: request.path, delimiter: request.delimiter)
    // Opening here reports a file that cannot be read before anything starts.
    _ = try ResponseSources.open(
      request.path, instrument: request.instrument, dialect: dialect, delimiter: request.delimiter,
      limits: request.limits)
    let totalBytes = ExportDigest.size(of: request.path)
    let channel = ResponseChannel()
    channel.startReading(request, dialect: dialect)
    var extra: [Diagnostic] = []
    var read = 0
    var rejectedLines = Set<SourceLocation>()
    var sourceDiagnostics: [Diagnostic] = []
    let header = BatchHeader(
      instrument: request.instrument, source: request.path, dialect: dialect.rawValue, digest: nil,
      period: request.period)
    var earlier: Batch?
    let result: LoadResult
    do {
      result = try store.loadBatch(header) { writer in
        var isSettled = false
        // Gives the writer the digest once known (or, at the end, waiting for it); true when the file was loaded before.
        func settle(waiting: Bool) throws -> Bool {
          guard !isSettled, let known = try waiting ? digest.wait() : digest.ifReady() else { return false }
          isSettled = true
          earlier = try writer.settle(digest: known)
          return earlier != nil
        }
        while let chunk = channel.receive() {
          if try settle(waiting: false) { return .rollback }
          let run = chunk.run
          writer.prepare(for: run)
          for index in run.indices {
            read += 1
            let hasErrors = run.errors[index]
            let period = request.period ?? run.days[index].map { Period.containing($0) }
            if period == nil, !hasErrors { extra.append(noPeriod(run.ids[index], at: run.location(at: index))) }
            guard let period, !hasErrors else {
              rejectedLines.insert(run.location(at: index))
              writer.countRejected()
              continue
            }
            if request.onError == .reject, !rejectedLines.isEmpty { continue }
            _ = try writer.add(run, at: index, period: period)
          }
          progress(Progress(responses: read, bytesRead: chunk.bytesRead, totalBytes: totalBytes))
        }
        if try settle(waiting: true) { return .rollback }
        sourceDiagnostics = try channel.waitForEnding().get().diagnostics
        // An error on no response's line is about the file itself (a broken header, an export cut short):
        // such a file is never loaded, whatever --on-error says.
        let fileErrors = sourceDiagnostics.filter { diagnostic in
          diagnostic.isError
            && !rejectedLines.contains(SourceLocation(file: diagnostic.location.file, line: diagnostic.location.line))
        }
        let rejectsAll = request.onError == .reject && !rejectedLines.isEmpty
        return fileErrors.isEmpty && !rejectsAll && read > 0 ? .commit : .rollback
      }
    } catch {
      channel.abandon()
      _ = channel.waitForEnding()
      throw error
    }
    func loadedBefore(_ batch: Batch) -> Outcome {
      channel.abandon()
      _ = channel.waitForEnding()
      return Outcome(file: request.path, dialect: dialect, result: .alreadyLoaded(batch), diagnostics: [])
    }
    if let earlier { return loadedBefore(earlier) }
    let diagnostics = sourceDiagnostics + extra
    switch result {
    case .loaded(let batch):
      return Outcome(file: request.path, dialect: dialect, result: .loaded(batch), diagnostics: diagnostics)
    case .alreadyLoaded(let batch):
      return loadedBefore(batch)
    case .rolledBack where read == 0 && !diagnostics.contains(where: \.isError):
      let warning = Validation.noResponses(in: request.path)
      return Outcome(file: request.path, dialect: dialect, result: .empty, diagnostics: diagnostics + [warning])
    case .rolledBack:
      let counts = BatchCounts(read: read, loaded: 0, duplicates: 0, rejected: rejectedLines.count)
      return Outcome(file: request.path, dialect: dialect, result: .rejected(counts), diagnostics: diagnostics)
    }
  }

  private static func noPeriod(_ id: String, at location: SourceLocation) -> Diagnostic {
    .error(
      at: location,
      "response \(id) has no submission date, so carevoice cannot tell which period it belongs to; "
        + "give the period with --period, for example --period \"2025-26 Q1\"")
  }
}
