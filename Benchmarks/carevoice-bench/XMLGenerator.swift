import Foundation

/// Writes the synthetic responses as XML: one export file, or one ODK submission file per response.
///
///     carevoice-bench generate-xml OUT.xml [--responses N]
///     carevoice-bench generate-odk DIR [--responses N]
enum XMLGenerator {
  /// `generate-xml OUT.xml [--responses N]`: `<responses><response><response_id>...` streamed to one file.
  static func run(_ arguments: [String]) throws {
    let (path, count) = try options(arguments, default: 1_000_000)
    let output = try BufferedOutput(path: path)
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<responses>\n")
    for index in 0..<count {
      output.write("  <response>\n")
      for (name, value) in zip(SyntheticResponses.fieldNames, SyntheticResponses.response(index)) {
        output.write("    <\(name)>\(escaped(value))</\(name)>\n")
      }
      output.write("  </response>\n")
    }
    output.write("</responses>\n")
    try output.close()
    print("wrote \(count) responses to \(path) (\(try fileSize(path)) bytes)")
  }

  /// `generate-odk DIR [--responses N]`: one ODK submission per response, as ODK Collect saves them.
  static func runODK(_ arguments: [String]) throws {
    let (directory, count) = try options(arguments, default: 100_000)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for index in 0..<count {
      let values = SyntheticResponses.response(index, separator: " ")
      let path = directory + "/" + String(format: "submission-%07d.xml", index + 1)
      try Data(submission(index, values).utf8).write(to: URL(fileURLWithPath: path))
    }
    print("wrote \(count) submissions to \(directory)")
  }

  /// The groups of the ODK form: which fields sit in which group; the rest sit under the root.
  private static let groups: [(name: String, fields: Range<Int>)] = [
    ("about_you", 2..<4), ("your_views", 4..<14), ("your_life", 14..<21), ("comments", 21..<24),
  ]

  private static func submission(_ index: Int, _ values: [String]) -> String {
    let names = SyntheticResponses.fieldNames
    var text = "<?xml version='1.0' encoding='UTF-8' ?>\n"
    text += "<data id=\"benchmark-survey\" version=\"1\" xmlns:jr=\"http://openrosa.org/javarosa\""
    text += " xmlns:orx=\"http://openrosa.org/xforms\">\n"
    for field in 0..<2 { text += "  <\(names[field])>\(escaped(values[field]))</\(names[field])>\n" }
    for group in groups {
      text += "  <\(group.name)>\n"
      for field in group.fields { text += "    <\(names[field])>\(escaped(values[field]))</\(names[field])>\n" }
      text += "  </\(group.name)>\n"
    }
    text += "  <meta>\n    <instanceID>uuid:\(uuid(index))</instanceID>\n  </meta>\n</data>\n"
    return text
  }

  /// A version-4-shaped UUID that is the same for response `index` in every run.
  private static func uuid(_ index: Int) -> String {
    var stream = SyntheticResponses.Stream(state: UInt64(index) &+ 0x5EED)
    let hex = (0..<2).map { _ in String(stream.next(), radix: 16) }.map {
      String(repeating: "0", count: 16 - $0.count) + $0
    }
    let digits = Array(hex.joined())
    return String(digits[0..<8]) + "-" + String(digits[8..<12]) + "-4" + String(digits[13..<16]) + "-a"
      + String(digits[17..<20]) + "-" + String(digits[20..<32])
  }

  private static func escaped(_ value: String) -> String {
    guard value.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return value }
    return value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  private static func options(_ arguments: [String], default count: Int) throws -> (String, Int) {
    guard let path = arguments.first else { throw Usage("give the output path") }
    var count = count
    if let flag = arguments.firstIndex(of: "--responses") {
      guard flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value >= 0 else {
        throw Usage("--responses takes a whole number")
      }
      count = value
    }
    return (path, count)
  }

  /// A mistake in a benchmark command's arguments.
  struct Usage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// A file written through a 1 MiB buffer.
  final class BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String) throws {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw Usage("cannot create \(path)")
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 20 { flush() }
    }

    func close() throws {
      flush()
      try handle.close()
    }

    private func flush() {
      handle.write(Data(buffer))
      buffer.removeAll(keepingCapacity: true)
    }
  }
}
