import Foundation
import SurveyFormats

/// The path of a fixture under Fixtures/xml.
func xmlFixture(_ name: String) throws -> String {
  let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/xml")
  guard let url else { throw FixtureMissing(name: name) }
  return url.path
}

/// A fixture that the test bundle does not hold.
struct FixtureMissing: Error {
  var name: String
}

/// Every record a reader gives, read to the end.
func allRecords(_ reader: inout XMLRecordReader) throws -> [Record] {
  var records: [Record] = []
  while let record = try reader.next() { records.append(record) }
  return records
}

/// The records and diagnostics of an XML document given as text.
func read(
  _ text: String, record: RecordSelection = .automatic, limits: XMLRecordReader.Limits = .standard
) throws -> (records: [Record], diagnostics: [Diagnostic]) {
  var reader = XMLRecordReader(bytes: Array(text.utf8), name: "export.xml", record: record, limits: limits)
  let records = try allRecords(&reader)
  return (records, reader.diagnostics)
}

/// A field with its path and values, for comparing with `==`.
func field(_ name: String, _ path: String? = nil, _ values: String...) -> Record.Field {
  Record.Field(name: name, path: path, values: values)
}
