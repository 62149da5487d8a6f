extension ActionTotals {
  /// The one-sentence summary of the actions that a board paper gives.
  ///
  /// For example: "25 actions: 22 due by 31 December 2025; 17 completed, 15 of
  /// them by their deadline; 5 overdue." Dropped actions are added ("; 1 dropped")
  /// only when there are some; a Pledge with no actions reads "No actions."
  public func sentence(asOf day: Day) -> String {
    guard total > 0 else { return "No actions." }
    var parts = [
      "\(amount(due)) due by \(PledgeWording.date(day))",
      completedPart,
      "\(amount(overdue)) overdue",
    ]
    if dropped > 0 { parts.append("\(dropped) dropped") }
    return "\(total) \(total == 1 ? "action" : "actions"): " + parts.joined(separator: "; ") + "."
  }

  private var completedPart: String {
    guard completed > 0 else { return "none completed" }
    let deadline = completed == 1 ? "its deadline" : "their deadline"
    let late = completed - completedOnTime
    if late == 0 {
      return completed == 1 ? "1 completed, by its deadline" : "\(completed) completed, all by \(deadline)"
    }
    if completedOnTime == 0 {
      return completed == 1 ? "1 completed, after its deadline" : "\(completed) completed, none by \(deadline)"
    }
    let onTime = completedOnTime == 1 ? "1 of them by its deadline" : "\(completedOnTime) of them by their deadline"
    return "\(completed) completed, \(onTime)"
  }

  private func amount(_ count: Int) -> String { count == 0 ? "none" : "\(count)" }
}
