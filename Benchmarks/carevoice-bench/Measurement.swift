import Foundation

/// Wall time and peak resident memory of one benchmark run.
struct Measurement {
  var seconds: Double
  var bytes: Int

  /// Megabytes of input per second.
  var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }

  /// Runs `body` once and measures it.
  static func of(bytes: Int, _ body: () throws -> Void) rethrows -> Measurement {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Measurement(seconds: seconds, bytes: bytes)
  }
}

/// The peak resident set size of this process so far, in megabytes (`VmHWM` in /proc/self/status).
func peakResidentMegabytes() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
    return kilobytes / 1024
  }
  return .nan
}

/// The size of a file in bytes.
func fileSize(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.size] as? NSNumber)?.intValue ?? 0
}
