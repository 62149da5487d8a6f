import Foundation
import ZIPFoundation

/// Reads written reports of every format — HTML, Markdown, CSV, JSON and XLSX (its XML parts unpacked) — and
/// lists what must never be in them: any of a set of identifiers, and any count of people from 1 to 5.
///
/// Which numbers are counts of people is read from the reports themselves: a JSON or CSV cell whose kind is
/// `count`, and in HTML, Markdown and XLSX tables the columns whose headings head such cells in the JSON.
struct PrivacyScanner {
  /// Something found that should not be there, and where.
  struct Finding: Hashable, CustomStringConvertible {
    var file: String
    var what: String
    var description: String { "\(file): \(what)" }
  }

  /// Names, phone numbers, emails, postcodes and dates of birth seeded into the inputs.
  var identifiers: [String]
  /// Headings of the table columns that hold counts of people.
  var countHeadings: Set<String> = []

  static let small = 1...5

  /// Every finding in every file under `folder`.
  func findings(inFolder folder: URL) throws -> [Finding] {
    let files = try PrivacyScanner.files(in: folder)
    return try files.flatMap { try findings(inFile: $0) }
  }

  /// Every finding in one report file, read as its extension says.
  func findings(inFile url: URL) throws -> [Finding] {
    let name = url.lastPathComponent
    let data = try Data(contentsOf: url)
    switch url.pathExtension {
    case "xlsx": return try findings(inWorkbook: data, file: name)
    case "json": return try findings(inJSON: data, file: name)
    case "csv":
      let text = String(decoding: data, as: UTF8.self)
      return findings(inText: text, file: name) + findings(inCSV: text, file: name)
    case "md":
      let text = String(decoding: data, as: UTF8.self)
      return findings(inText: text, file: name) + findings(inTables: Self.markdownTables(text), file: name)
    case "html":
      let text = String(decoding: data, as: UTF8.self)
      return findings(inText: text, file: name) + findings(inTables: Self.htmlTables(text), file: name)
    default:
      return findings(inText: String(decoding: data, as: UTF8.self), file: name)
    }
  }

  /// The identifiers in `text`, matched without regard to case, and phone numbers with or without their spaces.
  func findings(inText text: String, file: String) -> [Finding] {
    let lowered = text.lowercased()
    let squeezed = lowered.filter { $0 != " " }
    return identifiers.compactMap { identifier in
      let wanted = identifier.lowercased()
      let spaced = wanted.contains(" ") && wanted.contains(where: \.isNumber)
      guard lowered.contains(wanted) || (spaced && squeezed.contains(wanted.filter { $0 != " " })) else { return nil }
      return Finding(file: file, what: "holds \"\(identifier)\"")
    }
  }

  /// Counts in cells of kind `count`, and the identifiers in every string of the JSON.
  func findings(inJSON data: Data, file: String) throws -> [Finding] {
    var found: [Finding] = []
    var strings: [String] = []
    func walk(_ value: Any, at path: String) {
      if let object = value as? [String: Any] {
        if object["kind"] as? String == "count", let count = object["value"] as? Int, Self.small.contains(count) {
          found.append(Finding(file: file, what: "count \(count) at \(path)"))
        }
        for (key, member) in object { walk(member, at: path + "/" + key) }
      } else if let array = value as? [Any] {
        for (index, member) in array.enumerated() { walk(member, at: "\(path)[\(index)]") }
      } else if let string = value as? String {
        strings.append(string)
      }
    }
    walk(try JSONSerialization.jsonObject(with: data), at: "")
    return found + findings(inText: strings.joined(separator: "\n"), file: file)
  }

  /// Counts in CSV rows whose `kind` is `count`, by their `value` and `shown` columns.
  func findings(inCSV text: String, file: String) -> [Finding] {
    let records = Self.csvRecords(text)
    guard let header = records.first?.map({ $0.replacingOccurrences(of: "\u{FEFF}", with: "") }),
      let kind = header.firstIndex(of: "kind"), let value = header.firstIndex(of: "value"),
      let shown = header.firstIndex(of: "shown")
    else { return [] }
    return records.dropFirst().enumerated().compactMap { index, record in
      guard record.count > shown, record[kind] == "count" else { return nil }
      let counts = [record[value], record[shown]].compactMap { Int($0) }
      guard let count = counts.first(where: Self.small.contains) else { return nil }
      return Finding(file: file, what: "count \(count) on line \(index + 2)")
    }
  }

  /// Counts in the count columns of tables given as rows of cell texts, the first row being the headings.
  func findings(inTables tables: [[[String]]], file: String) -> [Finding] {
    var found: [Finding] = []
    for table in tables {
      guard let headings = table.first else { continue }
      let columns = headings.indices.filter { countHeadings.contains(headings[$0]) }
      for row in table.dropFirst() {
        for column in columns where column < row.count {
          if let count = Self.leadingInteger(row[column]), Self.small.contains(count) {
            found.append(Finding(file: file, what: "count \(count) under \"\(headings[column])\" in row \(row)"))
          }
        }
      }
    }
    return found
  }

  /// The identifiers in every XML part of a workbook, and counts in its sheets' count columns.
  func findings(inWorkbook data: Data, file: String) throws -> [Finding] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive where entry.type == .file {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      parts[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    var found = parts.sorted { $0.key < $1.key }.flatMap { findings(inText: $0.value, file: "\(file)/\($0.key)") }
    let shared = Self.matches(#"<si>(.*?)</si>"#, in: parts["xl/sharedStrings.xml"] ?? "").map(Self.plainText)
    for (path, xml) in parts where path.hasPrefix("xl/worksheets/") {
      let rows = Self.matches(#"<row [^>]*>(.*?)</row>"#, in: xml).map { row in
        Self.matches(#"<c ([^>]*?)(?:/>|>(.*?)</c>)"#, in: row, groups: 2).map { cell -> String in
          let value = Self.matches(#"<v>(.*?)</v>"#, in: cell[1]).first ?? Self.plainText(cell[1])
          if cell[0].contains(#"t="s""#), let index = Int(value), index < shared.count { return shared[index] }
          return value
        }
      }
      found += findings(inTables: [rows], file: "\(file)/\(path)")
    }
    return found
  }

  /// The column headings of JSON table cells of kind `count`, read from reports' JSON, leaving out any heading
  /// that also heads other numbers somewhere (a key figure's "Value" may count promises).
  static func countHeadings(inJSON reports: [Data]) throws -> Set<String> {
    var headings: Set<String> = []
    var otherNumbers: Set<String> = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        if let columns = object["columns"] as? [[String: Any]], let rows = object["rows"] as? [[String: Any]] {
          for column in columns {
            guard let id = column["id"] as? String, let heading = column["heading"] as? String else { continue }
            let kinds = Set(rows.compactMap { ($0[id] as? [String: Any])?["kind"] as? String })
            if kinds.contains("count") { headings.insert(heading) }
            if !kinds.isDisjoint(with: ["number", "decimal"]) { otherNumbers.insert(heading) }
          }
        }
        object.values.forEach(walk)
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    for data in reports { walk(try JSONSerialization.jsonObject(with: data)) }
    return headings.subtracting(otherNumbers)
  }

  /// Every regular file under `folder`, in name order.
  static func files(in folder: URL) throws -> [URL] {
    let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
    return paths.sorted().map { folder.appendingPathComponent($0) }.filter { url in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
    }
  }

  /// Markdown pipe tables as rows of trimmed cells, the separator row left out.
  static func markdownTables(_ text: String) -> [[[String]]] {
    var tables: [[[String]]] = []
    var current: [[String]] = []
    for line in text.components(separatedBy: "\n") {
      guard line.hasPrefix("|") else {
        if !current.isEmpty { tables.append(current) }
        current = []
        continue
      }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if !cells.allSatisfy({ $0.hasPrefix("-") || $0.hasPrefix(":-") }) { current.append(cells) }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
  }

  /// HTML tables as rows of cell texts (tags removed), header row first.
  static func htmlTables(_ html: String) -> [[[String]]] {
    matches(#"<table[^>]*>(.*?)</table>"#, in: html).map { table in
      matches(#"<tr[^>]*>(.*?)</tr>"#, in: table).map { row in
        matches(#"<t[hd][^>]*>(.*?)</t[hd]>"#, in: row).map(plainText)
      }
    }
  }

  /// RFC 4180 records: quoted fields, doubled quotes, CRLF or LF line ends.
  static func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        record.append(field)
        field = ""
      case "\r": break
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }

  static func leadingInteger(_ text: String) -> Int? {
    Int(text.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
  }

  /// Text with tags removed and the five XML entities read.
  static func plainText(_ markup: String) -> String {
    markup.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The first capture group (or the first `groups` groups, joined as a row) of every match, across lines.
  static func matches(_ pattern: String, in text: String) -> [String] {
    matches(pattern, in: text, groups: 1).map { $0[0] }
  }

  static func matches(_ pattern: String, in text: String, groups: Int) -> [[String]] {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
      return []
    }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).map { match in
      (1...groups).map { group in
        Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }
}
