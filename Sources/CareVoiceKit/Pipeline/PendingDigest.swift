import Foundation
import SurveyFormats

/// An export's digest (``ExportDigest``) being worked out on a thread of its own, while the export is read.
///
/// Hashing a 300 MB export takes a third of a second; done first, it held every load up by that much.
final class PendingDigest: @unchecked Sendable {
  private let condition = NSCondition()
  private var outcome: Result<String, InputError>?

  /// Starts hashing the file or folder at `path`.
  init(of path: String) {
    let thread = Thread { [self] in
      let outcome: Result<String, InputError>
      do throws(InputError) {
        outcome = .success(try ExportDigest.of(path))
      } catch {
        outcome = .failure(error)
      }
      condition.lock()
      self.outcome = outcome
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// The digest if it is ready, without waiting; throws what stopped the hashing.
  func ifReady() throws(InputError) -> String? {
    condition.lock()
    defer { condition.unlock() }
    return try outcome?.get()
  }

  /// The digest, waiting for it; throws what stopped the hashing.
  func wait() throws(InputError) -> String {
    condition.lock()
    defer { condition.unlock() }
    while outcome == nil { condition.wait() }
    return try outcome!.get()
  }
}
