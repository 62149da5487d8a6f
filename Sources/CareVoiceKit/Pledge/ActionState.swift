/// Where a "You said, we did" action stands on a given day, judged from its status and dates.
public enum ActionState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Completed on or before its due date.
  case completedOnTime = "completed-on-time"
  /// Completed after its due date.
  case completedLate = "completed-late"
  case dropped
  /// Not completed, and due before the day.
  case overdue
  /// Not completed, and due from the day to 30 days after it, both included.
  case dueSoon = "due-soon"
  /// Not completed, and due more than 30 days after the day.
  case open

  /// How many days after the as-of day a due date still counts as due soon.
  public static let dueSoonDays = 30

  /// The state of `action` as of `day`.
  ///
  /// An action completed after `day` was not yet completed on it, so it is judged
  /// by its due date. A completed action with no completion date (which the
  /// definitions loader refuses) is judged the same way rather than assumed done.
  public init(of action: Action, asOf day: Day) {
    if action.status == .dropped {
      self = .dropped
    } else if action.status == .completed, let completed = action.completedOn, completed <= day {
      self = completed <= action.due ? .completedOnTime : .completedLate
    } else if action.due < day {
      self = .overdue
    } else if action.due <= day.adding(days: Self.dueSoonDays) {
      self = .dueSoon
    } else {
      self = .open
    }
  }

  /// Whether the action had been completed by the day, on time or late.
  public var isCompleted: Bool { self == .completedOnTime || self == .completedLate }
}
