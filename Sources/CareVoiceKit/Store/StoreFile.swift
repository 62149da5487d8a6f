import Foundation

/// The database file on disk, created readable and writable by its owner only (DESIGN.md §7).
///
/// SQLite gives the `-wal` and `-shm` files it creates next to a database the
/// database file's own permissions, so creating the file as 0600 before SQLite
/// opens it keeps all three private, with no moment in which data sits in a
/// file others may read.
enum StoreFile {
  /// Creates an empty file at `path` with permissions 0600 unless something is there already.
  static func createIfMissing(at path: String) throws(StoreError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a folder, not a file") }
      return
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      let code = errno
      if code == EEXIST { return }  // another carevoice created it a moment ago
      throw .cannotCreate(path: path, reason: reason(errno: code))
    }
    defer { close(descriptor) }
    // The umask can only remove permissions; set them exactly so that a strict umask cannot lock out the owner.
    if fchmod(descriptor, 0o600) != 0 {
      throw .cannotCreate(path: path, reason: reason(errno: errno))
    }
  }

  /// Runs `body` while holding an exclusive `flock` on the file, so that two carevoice processes opening
  /// one new database set it up one after the other (SQLite's own locks are `fcntl` locks and do not meet these).
  ///
  /// Where the file cannot be locked (a read-only file, a file system without locks) `body` runs unlocked.
  static func whileOpening<Value>(_ path: String, _ body: () throws -> Value) rethrows -> Value {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return try body() }
    defer { close(descriptor) }
    var locked = flock(descriptor, LOCK_EX)
    while locked != 0 && errno == EINTR { locked = flock(descriptor, LOCK_EX) }
    defer { if locked == 0 { flock(descriptor, LOCK_UN) } }
    return try body()
  }

  /// An errno in words a participation officer can act on.
  static func reason(errno code: Int32) -> String {
    switch code {
    case ENOENT: return "its folder does not exist"
    case EACCES, EPERM: return "you may not create files in its folder"
    case EROFS: return "its folder is on a read-only disk"
    case ENOSPC, EDQUOT: return "the disk is full"
    case ENOTDIR: return "part of the path is a file, not a folder"
    case ENAMETOOLONG: return "the path is too long"
    default: return String(cString: strerror(code))
    }
  }
}
