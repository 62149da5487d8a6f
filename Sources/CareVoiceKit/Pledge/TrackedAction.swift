/// A "You said, we did" action with the state it is in on the summary's as-of day.
public struct TrackedAction: Sendable, Hashable {
  /// The action as the Pledge defines it, status and dates as its owner recorded them.
  public var action: Action
  public var state: ActionState

  public init(_ action: Action, asOf day: Day) {
    self.action = action
    self.state = ActionState(of: action, asOf: day)
  }
}
