import Foundation
import GRDB

/// Why the database cannot be created, opened, read or written, said so that a participation officer can act on it.
///
/// The command line maps every case to exit code 74, except ``unknownBatch(_:path:)``,
/// which is a mistyped command (64). Rendered like every carevoice diagnostic:
///
///     carevoice.sqlite: error: cannot write to carevoice.sqlite: the disk is full —
///     free some space and load again (nothing of this batch was stored)
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be created, for example because its folder does not exist.
  case cannotCreate(path: String, reason: String)
  /// The file exists but could not be opened.
  case cannotOpen(path: String, reason: String)
  /// The file, or its folder, may be read but not written.
  case readOnly(path: String)
  /// The disk (or the user's quota) is full.
  case diskFull(path: String)
  /// The file is not an SQLite database, or belongs to another program.
  case notCarevoiceDatabase(path: String, reason: String)
  /// The database was written by a newer carevoice, whose schema this one does not know.
  case newerSchema(path: String)
  /// Another carevoice held the database for longer than the busy timeout.
  case busy(path: String, seconds: Int)
  /// The file is damaged.
  case corrupt(path: String)
  /// No batch has this number.
  case unknownBatch(Int64, path: String)
  /// A response handed to the store does not line up with the instrument's questions or attributes (a carevoice bug).
  case misaligned(responseID: String, reason: String)
  /// Any other failure of the database, with SQLite's own words.
  case failed(path: String, reason: String)

  /// The database file the error is about.
  public var path: String {
    switch self {
    case .cannotCreate(let path, _), .cannotOpen(let path, _), .readOnly(let path), .diskFull(let path),
      .notCarevoiceDatabase(let path, _), .newerSchema(let path), .busy(let path, _), .corrupt(let path),
      .unknownBatch(_, let path), .failed(let path, _):
      return path
    case .misaligned:
      return "carevoice"
    }
  }

  /// The advice, without the `FILE: error:` prefix.
  public var message: String {
    let name = (path as NSString).lastPathComponent
    switch self {
    case .cannotCreate(_, let reason):
      return "cannot create the database \(name): \(reason) — check --db, or create the folder first"
    case .cannotOpen(_, let reason):
      return "cannot open the database \(name): \(reason) — check --db and that you may read and write it"
    case .readOnly:
      return "cannot write to \(name): the file or its folder is read-only — "
        + "ask for write access, or copy it to a folder you may write to and give that path with --db"
    case .diskFull:
      return "cannot write to \(name): the disk is full — free some space and load again "
        + "(nothing of this batch was stored)"
    case .notCarevoiceDatabase(_, let reason):
      return "\(name) is not a carevoice database (\(reason)) — check --db, or give the name of a new file"
    case .newerSchema:
      return "\(name) was written by a newer version of carevoice — use that version, or give another --db"
    case .busy(_, let seconds):
      return "\(name) is busy: another carevoice has been writing to it for more than \(seconds) seconds — "
        + "wait for it to finish and try again"
    case .corrupt:
      return "\(name) is damaged and cannot be read safely — restore it from a backup, "
        + "or load the batches again into a new file"
    case .unknownBatch(let id, _):
      return "there is no batch \(id) in \(name); `carevoice batches` lists the batches"
    case .misaligned(let responseID, let reason):
      return "response \(responseID) does not match its instrument (\(reason)); "
        + "this is a carevoice bug — please report it with the file you were loading"
    case .failed(_, let reason):
      return "cannot use the database \(name): \(reason)"
    }
  }

  /// `PATH: error: MESSAGE`, as every carevoice diagnostic reads.
  public var description: String { "\(path): error: \(message)" }
}

extension StoreError {
  /// Translates a GRDB or SQLite failure on the database at `path` into advice.
  static func from(_ error: any Error, path: String, busySeconds: Int = Store.busySeconds) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return .failed(path: path, reason: String(describing: error))
    }
    switch error.resultCode {
    case .SQLITE_READONLY: return .readOnly(path: path)
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_NOTADB: return .notCarevoiceDatabase(path: path, reason: "it is not an SQLite database")
    case .SQLITE_CORRUPT: return .corrupt(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path, seconds: busySeconds)
    case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: "SQLite cannot open the file or its folder")
    case .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
    case .SQLITE_IOERR:
      if error.extendedResultCode == .SQLITE_IOERR_WRITE || error.extendedResultCode == .SQLITE_IOERR_FSYNC {
        return .failed(path: path, reason: "the disk refused a write; check the disk has space and is still connected")
      }
      return .failed(path: path, reason: "a disk error (\(error.message ?? "input/output error"))")
    default:
      return .failed(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
  }
}
