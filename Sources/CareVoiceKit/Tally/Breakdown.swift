/// What a tally's questions are broken down by: nothing, a respondent attribute, or the period.
public enum Breakdown: Sendable, Hashable {
  case none
  /// A respondent attribute of the instrument, by its id (`age_band`).
  case attribute(String)
  /// Each selected period on its own.
  case period

  /// The breakdown a `--by` value names: `period`, or an attribute id.
  public init(by name: String?) {
    switch name {
    case nil: self = .none
    case "period": self = .period
    case let name?: self = .attribute(name)
    }
  }

  /// The name a report shows for it: the attribute id, `period`, or nil.
  public var name: String? {
    switch self {
    case .none: return nil
    case .attribute(let id): return id
    case .period: return "period"
    }
  }
}

/// A breakdown that names no attribute of the instrument.
///
///     error: "placement_type" is not an attribute of child-review-consultation;
///     use --by with one of age_band, placement, or --by period
public struct UnknownBreakdown: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name given to `--by`.
  public var name: String
  /// The instrument's id.
  public var instrument: String
  /// The ids of the attributes it does have.
  public var attributes: [String]

  /// The error for `name`, listing the instrument's attributes.
  public init(name: String, instrument: String, attributes: [String]) {
    self.name = name
    self.instrument = instrument
    self.attributes = attributes
  }

  /// The message, as printed on standard error.
  public var description: String {
    let choices =
      attributes.isEmpty
      ? "it has no attributes, so use --by period or leave --by out"
      : "use --by with one of \(attributes.joined(separator: ", ")), or --by period"
    return "error: \"\(name)\" is not an attribute of \(instrument); \(choices)"
  }
}
