import Foundation

/// The corpus files too big to commit, made once per test run in a scratch folder.
enum GeneratedInputs {
  /// The CiCC consultation's header row, as the corpus's CSV files have it.
  static let ciccHeader =
    "response_id,date_completed,age_band,status,heard_of_pledge,knows_social_worker,have_say,family_contact,"
    + "safe_settled,education_help,feelings_help,hobbies,respect_privacy,ready_adult,how_hear,pledge_comments"

  /// The folder holding them, made on first use.
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carevoice-bad-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let long = String(repeating: "a", count: 10_000_000)
    write(
      "csv-10mb-line.csv",
      ciccHeader + "\nCICC-01,02/02/2026,16-17,In care,Yes,Agree,Agree,Agree,Agree,Agree,Agree,Agree,Agree,Agree,"
        + "text,\(long)\n", in: folder)
    write("csv-10mb-no-line-end.csv", long, in: folder)
    sparse("csv-sparse-2gb.csv", bytes: 2 << 30, in: folder)
    sparse("csv-sparse-64mb.csv", bytes: 64 << 20, in: folder)
    write(
      "xml-nested-100000.xml",
      String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000), in: folder)
    let big = String(repeating: "x", count: 100_000)
    write(
      "xml-quadratic-blowup-100k.xml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE data [<!ENTITY big \"\(big)\">]>\n<data><my_life><feel_safe>"
        + String(repeating: "&big;", count: 100_000) + "</feel_safe></my_life></data>\n", in: folder)
    try? ZipBomb.workbook(megabytes: 270).write(to: folder.appendingPathComponent("xlsx-zip-bomb-sheet.xlsx"))
    return folder
  }()

  private static func write(_ name: String, _ text: String, in folder: URL) {
    try? Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  /// A file of `bytes` zero bytes that takes no room on disk.
  private static func sparse(_ name: String, bytes: UInt64, in folder: URL) {
    let url = folder.appendingPathComponent(name)
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    guard let handle = try? FileHandle(forWritingTo: url) else { return }
    try? handle.truncate(atOffset: bytes)
    try? handle.close()
  }
}
