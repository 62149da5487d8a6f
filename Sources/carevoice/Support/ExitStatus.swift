import ArgumentParser

/// The exit codes of DESIGN.md §6, named for what they tell a calling script.
enum ExitStatus: Int32 {
  case success = 0
  case usage = 64
  case dataError = 65
  case cannotOpenInput = 66
  case internalError = 70
  case cannotWriteDatabase = 74

  var code: ExitCode { ExitCode(rawValue) }
}
