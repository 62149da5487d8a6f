/// The counts of a Pledge's actions on the as-of day: the `actions_summary` of the pledge summary.
public struct ActionTotals: Sendable, Hashable {
  /// Every action.
  public var total = 0
  /// Actions whose due date is on or before the as-of day, whatever their state.
  public var due = 0
  /// Actions completed by the as-of day, on time or late.
  public var completed = 0
  /// Actions completed on or before their due date.
  public var completedOnTime = 0
  public var overdue = 0
  public var dueSoon = 0
  public var dropped = 0

  /// The totals of `actions` as of `day`.
  public init(_ actions: [TrackedAction], asOf day: Day) {
    for tracked in actions {
      total += 1
      if tracked.action.due <= day { due += 1 }
      if tracked.state.isCompleted { completed += 1 }
      switch tracked.state {
      case .completedOnTime: completedOnTime += 1
      case .overdue: overdue += 1
      case .dueSoon: dueSoon += 1
      case .dropped: dropped += 1
      case .completedLate, .open: break
      }
    }
  }
}
