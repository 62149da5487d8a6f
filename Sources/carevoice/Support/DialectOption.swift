import ArgumentParser
import CareVoiceKit

/// `--format` for survey exports: `auto`, or one of the dialects.
enum DialectOption: ExpressibleByArgument, Equatable {
  case auto
  case dialect(Dialect)

  init?(argument: String) {
    if argument == "auto" {
      self = .auto
    } else if let dialect = Dialect(rawValue: argument) {
      self = .dialect(dialect)
    } else {
      return nil
    }
  }

  static var allValueStrings: [String] { ["auto"] + Dialect.allCases.map(\.rawValue) }

  var dialect: Dialect? {
    if case .dialect(let dialect) = self { return dialect }
    return nil
  }
}
