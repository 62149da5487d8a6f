import ArgumentParser
import CareVoiceKit

/// `--max-file-bytes`, `--max-rows` and `--max-field-bytes`: how large an export `validate` and `load` accept.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong("max-file-bytes"),
    help: "The largest export file accepted, in bytes.")
  var maxFileBytes: Int = InputLimits.standard.maxFileBytes

  @Option(
    name: .customLong("max-rows"),
    help: "The most responses one export may hold.")
  var maxRows: Int = InputLimits.standard.maxRows

  @Option(
    name: .customLong("max-field-bytes"),
    help: "The longest answer or comment accepted, in bytes.")
  var maxFieldBytes: Int = InputLimits.standard.maxFieldBytes

  func validate() throws {
    for (name, value) in [
      ("--max-file-bytes", maxFileBytes), ("--max-rows", maxRows), ("--max-field-bytes", maxFieldBytes),
    ]
    where value < 1 {
      throw ValidationError("\(name) must be a whole number of at least 1, not \(value)")
    }
  }

  /// The limits these options give.
  var limits: InputLimits {
    InputLimits(maxFileBytes: maxFileBytes, maxRows: maxRows, maxFieldBytes: maxFieldBytes)
  }
}
