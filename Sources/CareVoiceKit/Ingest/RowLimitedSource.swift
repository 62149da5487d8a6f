import SurveyFormats

/// A response source that stops with an error at the first response past ``InputLimits/maxRows``.
struct RowLimitedSource: ResponseSource {
  private var source: any ResponseSource
  private let limits: InputLimits
  private var count = 0

  init(_ source: any ResponseSource, limits: InputLimits) {
    self.source = source
    self.limits = limits
  }

  var dialect: Dialect { source.dialect }
  var name: String { source.name }
  var diagnostics: [Diagnostic] { source.diagnostics }
  var bytesRead: Int { source.bytesRead }

  mutating func next() throws -> ReadResponse? {
    guard let read = try source.next() else { return nil }
    try counted(read)
    return read
  }

  mutating func forEachRun(_ body: (ResponseRun, _ bytesRead: Int) throws -> Void) throws {
    var count = self.count
    defer { self.count = count }
    let limits = self.limits
    try source.forEachRun { run, bytesRead in
      if count + run.count > limits.maxRows { throw limits.tooManyRows(at: run.location(at: limits.maxRows - count)) }
      count += run.count
      try body(run, bytesRead)
    }
  }

  private mutating func counted(_ read: ReadResponse) throws(InputError) {
    count += 1
    if count > limits.maxRows { throw limits.tooManyRows(at: read.response.location) }
  }
}
