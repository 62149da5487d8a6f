/// The kind of personal detail a redaction replaced, shown in its place as a tag such as `[name]`.
public enum RedactionTag: String, Sendable, Hashable, CaseIterable, Codable {
  case name, email, phone, postcode, date, school, place

  /// What stands in the quote instead of the detail.
  public var placeholder: String { "[\(rawValue)]" }
}
