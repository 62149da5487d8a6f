import Foundation

/// The terminal's error stream, where diagnostics, progress and warnings go so that stdout stays clean data.
enum StandardError {
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Whether stderr is a terminal (a progress bar is drawn only then).
  static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }
}
