import Foundation

/// A file read a chunk at a time into one reused buffer, never whole.
final class ChunkedFile {
  /// How many bytes each read asks for.
  static let chunkSize = 64 * 1024

  let path: String
  private let descriptor: Int32
  private let buffer: UnsafeMutableRawBufferPointer

  /// Opens the file at `path` for reading.
  init(path: String) throws(InputError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : Self.chunkSize
    if (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw .cannotOpen(path: path, reason: "it is a folder, not a file")
    }
    self.path = path
    self.descriptor = descriptor
    // A small file (an ODK submission) needs no more than its own size, and one read beyond it finds its end.
    buffer = .allocate(byteCount: min(Self.chunkSize, max(size + 1, 4096)), alignment: 16)
  }

  deinit {
    close(descriptor)
    buffer.deallocate()
  }

  /// Reads the next chunk and hands it to `body`; false at the end of the file.
  func read(_ body: (UnsafeRawBufferPointer) -> Void) throws(InputError) -> Bool {
    while true {
      let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
      if count > 0 {
        body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        return true
      }
      if count == 0 { return false }
      if errno == EINTR { continue }
      let reason = String(cString: strerror(errno))
      throw .unreadable(
        .error(
          at: SourceLocation(file: path, line: 1),
          "the file could not be read to its end (\(reason)); copy it to this computer again and retry"))
    }
  }
}
