/// A workspace's batch folders: `batches/<instrument>/<period>/`, the folder's name giving its period.
public enum BatchFolder {
  /// The period a folder's name gives: `2025-26-Q1` is "2025-26 Q1", `2024-25` the financial year, `2025-09` a month.
  public static func period(named name: String) -> Period? {
    if let direct = Period(label: name) { return direct }
    guard let dash = name.lastIndex(of: "-") else { return nil }
    let tail = name[name.index(after: dash)...]
    guard tail.count == 2, tail.uppercased().hasPrefix("Q") else { return nil }
    return Period(label: name[..<dash] + " " + tail)
  }
}
