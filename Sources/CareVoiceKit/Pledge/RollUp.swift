/// How a promise's rating is drawn from its indicators' ratings.
public enum RollUp: String, Sendable, Hashable, Codable, CaseIterable {
  /// The worst coloured indicator (red, then amber, then green); grey indicators are left out,
  /// and a promise whose indicators are all grey, or that has none, is grey.
  case worstIndicator = "worst indicator"

  /// The promise's rating from its indicators' ratings.
  public func rating(of ratings: [Rating]) -> Rating {
    switch self {
    case .worstIndicator:
      return ratings.filter { $0.severity != nil }.min { ($0.severity ?? 0) < ($1.severity ?? 0) } ?? .grey
    }
  }
}
