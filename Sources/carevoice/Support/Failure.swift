import ArgumentParser
import CareVoiceKit
import SurveyFormats

/// A command's failure: the message for the officer, already printed, and the exit status it ends with.
struct Failure: Error {
  var status: ExitStatus
}

extension ExitStatus {
  /// Prints what went wrong for a known error and picks the exit status; unknown errors are internal (70).
  static func reporting(_ error: any Error) -> ExitStatus {
    switch error {
    case let failure as Failure:
      return failure.status
    case let store as StoreError:
      StandardError.print(store.description)
      if case .unknownBatch = store { return .usage }
      return .cannotWriteDatabase
    case let definitions as DefinitionErrors:
      for diagnostic in definitions.diagnostics { StandardError.print(diagnostic.description) }
      return .dataError
    case let input as InputError:
      StandardError.print(input.description)
      if case .cannotOpen = input { return .cannotOpenInput }
      return .dataError
    default:
      StandardError.print("carevoice: internal error: \(error)")
      return .internalError
    }
  }
}

extension ExitStatus {
  /// The more serious of two outcomes, so that one bad file among several still sets the exit code.
  func worse(_ other: ExitStatus) -> ExitStatus {
    let order: [ExitStatus] = [.success, .dataError, .cannotOpenInput, .usage, .internalError, .cannotWriteDatabase]
    return (order.firstIndex(of: other) ?? 0) > (order.firstIndex(of: self) ?? 0) ? other : self
  }
}

/// Runs a command's body, turning its errors into a message on stderr and the right exit code.
func exitingOnFailure(_ body: () throws -> ExitStatus) throws {
  let status: ExitStatus
  do {
    status = try body()
  } catch let error as ExitCode {
    throw error
  } catch let error as ValidationError {
    throw error
  } catch {
    status = ExitStatus.reporting(error)
  }
  if status != .success { throw status.code }
}
