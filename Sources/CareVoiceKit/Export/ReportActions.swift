/// "You said, we did": actions with what was said, what was promised, what happened, who and by when.
public struct ReportActions: Sendable, Hashable {
  /// How an action's status reads at a glance; its words always say it too.
  public enum Tone: String, Sendable, Hashable, CaseIterable {
    case done, onTrack, late, neutral
  }

  /// The column headings, worded for the audience; an empty ``owner`` leaves the owner out.
  public struct Headings: Sendable, Hashable {
    /// The heading of what was said: "You said".
    public var youSaid: String
    /// The heading of what the council said it would do: "We will", "We said we would".
    public var weWill: String
    /// The owner column's heading; empty leaves it out.
    public var owner: String
    /// The due date's heading.
    public var due: String
    /// The heading of where each action stands.
    public var status: String

    public init(youSaid: String, weWill: String, owner: String, due: String, status: String) {
      self.youSaid = youSaid
      self.weWill = weWill
      self.owner = owner
      self.due = due
      self.status = status
    }
  }

  /// One action.
  public struct Item: Sendable, Hashable {
    /// The action's id in the Pledge (`P1-A2`).
    public var id: String
    /// What was said.
    public var youSaid: String
    /// What the council said it would do.
    public var weWill: String
    /// What was done, or why it was dropped, as its owner wrote it; empty for nothing.
    public var weDid: String
    /// Who owns the action.
    public var owner: String
    /// The due date.
    public var due: Day?
    /// Where it stands, computed by the Pledge stage.
    public var state: ActionState?
    /// The state in the audience's words: "Completed late", "Done, but later than we said".
    public var status: String
    /// How the status reads at a glance.
    public var tone: Tone

    public init(
      id: String, youSaid: String, weWill: String, weDid: String, owner: String, due: Day?, state: ActionState?,
      status: String, tone: Tone
    ) {
      self.id = id
      self.youSaid = youSaid
      self.weWill = weWill
      self.weDid = weDid
      self.owner = owner
      self.due = due
      self.state = state
      self.status = status
      self.tone = tone
    }
  }

  /// The kind of table in the CSV and workbook (`actions`).
  public var id: String
  /// The promise the actions belong to.
  public var context: ReportTable.Context?
  /// The table's caption.
  public var caption: String
  /// The column headings.
  public var headings: Headings
  /// The actions, in the Pledge's order.
  public var items: [Item]
  /// Whether tables show each action's id (`P1-A2`): for officers and boards, not for young people.
  public var showsReference: Bool

  public init(
    id: String = "actions", context: ReportTable.Context? = nil, caption: String, headings: Headings,
    items: [Item], showsReference: Bool = true
  ) {
    self.showsReference = showsReference
    self.id = id
    self.context = context
    self.caption = caption
    self.headings = headings
    self.items = items
  }

  /// The actions as a plain table, for the formats that write tables: the same words, one row per action.
  ///
  /// The row heading is what was said; the action's id is the row's id, and a column of its own with
  /// ``showsReference``.
  public var table: ReportTable {
    var columns = showsReference ? [ReportTable.Column("ref", "Ref")] : []
    columns += [ReportTable.Column("we_will", headings.weWill), ReportTable.Column("we_did", "What was done")]
    if !headings.owner.isEmpty { columns.append(ReportTable.Column("owner", headings.owner)) }
    columns += [
      ReportTable.Column("due", headings.due), ReportTable.Column("state", "State"),
      ReportTable.Column("status", headings.status),
    ]
    let rows = items.map { item in
      var cells: [ReportValue] = showsReference ? [.text(item.id)] : []
      cells += [.text(item.weWill), item.weDid.isEmpty ? .empty : .text(item.weDid)]
      if !headings.owner.isEmpty { cells.append(.text(item.owner)) }
      cells += [
        item.due.map { .date($0) } ?? .empty, item.state.map { .text($0.rawValue) } ?? .empty, .text(item.status),
      ]
      return ReportTable.Row(id: item.id, heading: item.youSaid, cells: cells)
    }
    return ReportTable(
      id: id, sheet: "Actions", context: context, caption: caption, rowHeading: headings.youSaid, columns: columns,
      rows: rows)
  }
}
