import CareVoiceKit
import Foundation

/// Shows how a load is going on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise.
final class ProgressDisplay {
  private let file: String
  private let started = ContinuousClock.now
  private var lastDrawn = ContinuousClock.now
  private let isTerminal = StandardError.isTerminal
  private var drewBar = false

  init(file: String) {
    self.file = file
  }

  func update(_ progress: BatchLoad.Progress) {
    let now = ContinuousClock.now
    let interval: Duration = isTerminal ? .milliseconds(200) : .seconds(5)
    guard now - lastDrawn >= interval else { return }
    lastDrawn = now
    let seconds = Self.seconds(now - started)
    let megabytesPerSecond = seconds > 0 ? Double(progress.bytesRead) / 1_000_000 / seconds : 0
    var parts = ["\(progress.responses) responses", String(format: "%.1f MB/s", megabytesPerSecond)]
    var fraction: Double?
    if progress.totalBytes > 0, progress.bytesRead > 0 {
      let done = min(1, Double(progress.bytesRead) / Double(progress.totalBytes))
      fraction = done
      if done > 0.01 { parts.append("ETA \(Self.clock(seconds * (1 - done) / done))") }
    }
    if isTerminal {
      let bar =
        fraction.map { done in
          let filled = Int(done * 30)
          return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
            + String(format: "%3.0f%% ", done * 100)
        } ?? ""
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + bar + parts.joined(separator: "  ")).utf8))
      drewBar = true
    } else {
      StandardError.print(
        "\(file): " + (fraction.map { String(format: "%.0f%% ", $0 * 100) } ?? "") + parts.joined(separator: ", "))
    }
  }

  /// Clears the bar so that the summary line starts clean.
  func finish() {
    if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  private static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}
