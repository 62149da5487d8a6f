/// A spreadsheet that could not be written, with the path and advice for the person running the report.
///
///     reports/pledge.xlsx: error: cannot write this spreadsheet: the folder "reports" does not exist;
///     create it or choose another output folder
public struct XLSXWriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Sendable, Hashable {
    /// The folder the file should go in is missing (or is not a folder).
    case folderMissing(String)
    /// The operating system refused to create, move or protect the file; the reason is its message.
    case cannotCreate(String)
    /// A sheet has more rows than Excel holds (1,048,576, the header included).
    case tooManyRows(sheet: String, rows: Int)
    /// A sheet has more columns than Excel holds (16,384).
    case tooManyColumns(sheet: String, columns: Int)
    /// A text longer than the 32,767 characters an Excel cell holds.
    case textTooLong(sheet: String, cell: String)
    /// libxlsxwriter failed for a reason that is not the user's to fix; its own message.
    case library(String)
  }

  public var path: String
  public var problem: Problem

  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  public var description: String {
    "\(path): error: cannot write this spreadsheet: " + advice
  }

  private var advice: String {
    switch problem {
    case .folderMissing(let folder):
      return "the folder \"\(folder)\" does not exist; create it or choose another output folder"
    case .cannotCreate(let reason):
      return "the file could not be created (\(reason)); check that you may write to its folder "
        + "and that the disk is not full"
    case .tooManyRows(let sheet, let rows):
      return "the sheet \"\(sheet)\" would have \(rows) rows but Excel holds at most 1048576; "
        + "report fewer periods or groups at a time"
    case .tooManyColumns(let sheet, let columns):
      return "the sheet \"\(sheet)\" would have \(columns) columns but Excel holds at most 16384; "
        + "report fewer questions or groups at a time"
    case .textTooLong(let sheet, let cell):
      return "cell \(cell) of the sheet \"\(sheet)\" holds more than 32767 characters, more than Excel "
        + "allows in a cell; shorten that text"
    case .library(let message):
      return "the spreadsheet library failed (\(message)); this is a fault in carevoice, please report it"
    }
  }

  /// `B14` for row 13, column 1 (both counted from 0).
  static func cellReference(row: Int, column: Int) -> String {
    var letters = ""
    var number = column + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters + String(row + 1)
  }
}
