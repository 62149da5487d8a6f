/// Names, schools and places a workspace says must never appear in a quote, besides the built-in names.
///
/// Read from `redaction.yaml` at the top of a workspace.
public struct RedactionList: Sendable, Hashable, Codable {
  public var names: [String]
  public var schools: [String]
  public var places: [String]

  public init(names: [String] = [], schools: [String] = [], places: [String] = []) {
    self.names = names
    self.schools = schools
    self.places = places
  }
}
