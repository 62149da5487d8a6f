/// The kind of personal detail a redaction replaced, shown in its place as `[name]`, `[email]`…
public enum RedactionTag: String, Sendable, Hashable, CaseIterable, Codable {
  case name, email, phone, postcode, date, school, place

  /// What stands in the quote instead of the detail.
  public var placeholder: String { "[\(rawValue)]" }
}
