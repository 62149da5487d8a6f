#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SHA256 {
  /// The size of each read when hashing a file: 128 KiB, so memory stays flat whatever the file's size, and each
  /// chunk is still in the core's cache when it is hashed (1 MiB chunks made the kernel's copy four times slower).
  public static let fileChunkSize = 128 << 10

  /// The digest of a file's bytes, read a chunk at a time.
  ///
  /// Throws ``InputError/cannotOpen(path:reason:)`` when the file cannot be opened or read.
  public static func hash(fileAt path: String) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: systemReason()) }
    defer { close(descriptor) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: fileChunkSize, alignment: 16)
    defer { buffer.deallocate() }
    var digest = SHA256()
    while true {
      let count = read(descriptor, buffer.baseAddress, fileChunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen(path: path, reason: systemReason())
      }
      if count == 0 { break }
      digest.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }
    return digest.finalize()
  }

  private static func systemReason() -> String {
    String(cString: strerror(errno))
  }
}
