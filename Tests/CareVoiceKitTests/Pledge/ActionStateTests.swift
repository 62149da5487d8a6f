import CareVoiceKit
import Testing

@Suite struct ActionStateTests {
  typealias F = PledgeFixtures

  @Test(
    "judges an action as of 31 December 2025",
    arguments: [
      ("due today", F.action("A", due: "2025-12-31"), ActionState.dueSoon),
      ("due yesterday", F.action("A", due: "2025-12-30"), .overdue),
      ("due in 30 days", F.action("A", due: "2026-01-30"), .dueSoon),
      ("due in 31 days", F.action("A", due: "2026-01-31"), .open),
      ("not started, long overdue", F.action("A", due: "2025-06-30", status: .notStarted), .overdue),
      (
        "completed on its due date", F.action("A", due: "2025-11-30", status: .completed, completedOn: "2025-11-30"),
        .completedOnTime
      ),
      (
        "completed the day after", F.action("A", due: "2025-11-30", status: .completed, completedOn: "2025-12-01"),
        .completedLate
      ),
      (
        "completed early, not yet due",
        F.action("A", due: "2026-06-30", status: .completed, completedOn: "2025-10-01"), .completedOnTime
      ),
      (
        "completed on the as-of day", F.action("A", due: "2025-12-31", status: .completed, completedOn: "2025-12-31"),
        .completedOnTime
      ),
      (
        "completed after the as-of day, due before it",
        F.action("A", due: "2025-12-20", status: .completed, completedOn: "2026-01-05"), .overdue
      ),
      (
        "completed after the as-of day, due soon",
        F.action("A", due: "2026-01-10", status: .completed, completedOn: "2026-01-05"), .dueSoon
      ),
      ("dropped, though overdue", F.action("A", due: "2025-06-30", status: .dropped), .dropped),
      ("completed with no date", F.action("A", due: "2025-12-01", status: .completed), .overdue),
    ])
  func state(_ name: String, action: Action, expected: ActionState) {
    #expect(ActionState(of: action, asOf: F.asOf) == expected, "\(name)")
  }

  @Test("counts only completed states as completed")
  func completedStates() {
    #expect(ActionState.allCases.filter(\.isCompleted) == [.completedOnTime, .completedLate])
  }
}
