/// The "You said, we did" table: what children or carers said, what was done, who, by when, and where it stands.
public struct HTMLActionsTable: Sendable, Hashable {
  /// The five column headings, which an audience may word differently.
  public struct Headings: Sendable, Hashable {
    public var youSaid: String
    public var weDid: String
    /// The owner column's heading; empty leaves the column out.
    public var who: String
    public var byWhen: String
    public var status: String

    public init(youSaid: String, weDid: String, who: String, byWhen: String, status: String) {
      self.youSaid = youSaid
      self.weDid = weDid
      self.who = who
      self.byWhen = byWhen
      self.status = status
    }

    /// "You said / We did / Who / By when / Status".
    public static let standard = Headings(
      youSaid: "You said", weDid: "We did", who: "Who", byWhen: "By when", status: "Status")
  }

  /// One action.
  public struct Action: Sendable, Hashable {
    /// How a status reads at a glance; the status words always say it too.
    public enum Tone: String, Sendable, Hashable, CaseIterable {
      case done, onTrack, late, neutral

      var className: String {
        switch self {
        case .done: return "status-done"
        case .onTrack: return "status-on-track"
        case .late: return "status-late"
        case .neutral: return "status-neutral"
        }
      }
    }

    public var youSaid: String
    /// What was done, or what will be done while the action is open.
    public var weDid: String
    public var owner: String
    public var due: Day?
    /// The status in words: "Done on time", "Overdue", "Due soon".
    public var status: String
    public var tone: Tone
    /// A line under the status, such as what was done; empty for none.
    public var detail: String

    public init(
      youSaid: String, weDid: String, owner: String, due: Day?, status: String, tone: Tone, detail: String = ""
    ) {
      self.youSaid = youSaid
      self.weDid = weDid
      self.owner = owner
      self.due = due
      self.status = status
      self.tone = tone
      self.detail = detail
    }
  }

  public var caption: String
  public var headings: Headings
  public var actions: [Action]

  public init(caption: String, headings: Headings = .standard, actions: [Action]) {
    self.caption = caption
    self.headings = headings
    self.actions = actions
  }
}
