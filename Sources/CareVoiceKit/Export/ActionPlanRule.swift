import Foundation

/// Which areas of a foster carer survey go into the action plan, and who is suggested to own each.
///
/// An area is a question with a positive share (a rated statement). It goes into the
/// plan when its positive share is below ``target``, or when a theme of the comments
/// to an improvement question (one asking what to improve or change) was mentioned by
/// a share of those who wrote at least ``risingPoints`` percentage points higher than
/// in the period before. Hidden figures never put an area in or out: they are left out.
public struct ActionPlanRule: Sendable, Hashable {
  /// A suggested owner for areas whose question id, theme or comment theme holds one of the keywords.
  public struct Owner: Sendable, Hashable {
    /// Words that name the area, matched at the start of a word of its keys.
    public var keywords: [String]
    /// The job title suggested.
    public var owner: String

    public init(_ keywords: [String], _ owner: String) {
      self.keywords = keywords
      self.owner = owner
    }
  }

  /// The positive share every area should reach, in percent (default 70).
  public var target: Double
  /// How many percentage points a theme's share must rise to count as rising (default 5).
  public var risingPoints: Double
  /// The ids of the questions whose comments say what to improve; nil finds them by their words.
  public var improvementQuestions: [String]?
  /// Suggested owners, the first whose keyword matches winning.
  public var owners: [Owner]
  /// The owner suggested when no keyword matches.
  public var fallbackOwner: String

  public init(
    target: Double = 70, risingPoints: Double = 5, improvementQuestions: [String]? = nil,
    owners: [Owner] = ActionPlanRule.standardOwners, fallbackOwner: String = "Fostering Service Manager"
  ) {
    self.target = target
    self.risingPoints = risingPoints
    self.improvementQuestions = improvementQuestions
    self.owners = owners
    self.fallbackOwner = fallbackOwner
  }

  /// Job titles a fostering service usually gives these areas; the team replaces them as it agrees owners.
  public static let standardOwners: [Owner] = [
    Owner(["out_of_hours", "out-of-hours", "emergency"], "Out-of-hours (emergency duty) team manager"),
    Owner(["respite", "short-break", "short_break"], "Short breaks and respite coordinator"),
    Owner(["payment", "allowance", "finance", "fees"], "Fostering finance and payments lead"),
    Owner(["training"], "Fostering training and development lead"),
    Owner(["delegated"], "Children in care team manager"),
    Owner(["info", "placement", "matching"], "Placements and matching team manager"),
    Owner(["csw", "childs-sw", "communication"], "Children in care team manager"),
    Owner(["ssw", "supervis"], "Supervising social work team manager"),
    Owner(["allegation"], "Fostering Service Manager, with the allegations lead"),
    Owner(["therap", "camhs"], "Therapeutic support lead, with CAMHS"),
    Owner(["peer", "support-group", "buddy"], "Foster carer support and engagement lead"),
    Owner(["valued", "recognition"], "Fostering Service Manager"),
    Owner(["continue", "retention"], "Fostering recruitment and retention manager"),
    Owner(["support"], "Supervising social work team manager"),
  ]

  /// The owner suggested for an area named by these keys (question id, its theme, a comment theme's id).
  ///
  /// A keyword matches at the start of a word of a key: `payment` matches `payments_on_time`,
  /// `fees` does not match `feel_valued`; `_` and `-` both separate words.
  public func owner(for keys: [String]) -> String {
    func words(_ text: String) -> String { "-" + text.lowercased().replacingOccurrences(of: "_", with: "-") }
    for key in keys.map(words) where key.count > 1 {
      if let match = owners.first(where: { $0.keywords.contains { key.contains(words($0)) } }) { return match.owner }
    }
    return fallbackOwner
  }

  /// Whether a text question's comments say what to improve: named in ``improvementQuestions``, or asking to improve or change.
  public func isImprovementQuestion(_ question: Question) -> Bool {
    if let improvementQuestions { return improvementQuestions.contains(question.id) }
    let words = (question.id + " " + question.text).lowercased()
    return question.type == .text && ["improve", "change", "better"].contains { words.contains($0) }
  }
}
