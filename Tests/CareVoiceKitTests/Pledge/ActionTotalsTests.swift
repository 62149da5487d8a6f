import CareVoiceKit
import Testing

@Suite struct ActionTotalsTests {
  typealias F = PledgeFixtures

  /// 25 actions, judged as of 31 December 2025, in groups whose states are worked out by hand.
  static let twentyFive: [Action] =
    // 13 completed on time, all due by the as-of day.
    (1...13).map { F.action("on-time-\($0)", due: "2025-09-30", status: .completed, completedOn: "2025-09-15") }
    // 1 completed on time but not due until March.
    + [F.action("early", due: "2026-03-31", status: .completed, completedOn: "2025-11-01")]
    // 2 completed late.
    + (1...2).map { F.action("late-\($0)", due: "2025-10-31", status: .completed, completedOn: "2025-11-15") }
    // 4 overdue: due before the as-of day, not completed.
    + [
      F.action("overdue-1", due: "2025-12-30"),
      F.action("overdue-2", due: "2025-11-30", status: .notStarted),
      F.action("overdue-3", due: "2025-07-31"),
      F.action("overdue-4", due: "2025-04-30", status: .notStarted),
    ]
    // 1 overdue because it was completed only after the as-of day.
    + [F.action("done-later", due: "2025-12-15", status: .completed, completedOn: "2026-01-10")]
    // 1 dropped, due in November.
    + [F.action("dropped", due: "2025-11-30", status: .dropped)]
    // 1 due on the as-of day itself: due soon, and due.
    + [F.action("due-today", due: "2025-12-31")]
    // 1 due soon but not yet due; 1 open.
    + [F.action("due-soon", due: "2026-01-30"), F.action("open", due: "2026-02-15", status: .notStarted)]

  @Test("counts 25 actions as the board paper does")
  func countsTwentyFive() {
    #expect(Self.twentyFive.count == 25)
    let totals = ActionTotals(Self.twentyFive.map { TrackedAction($0, asOf: F.asOf) }, asOf: F.asOf)
    #expect(totals.total == 25)
    #expect(totals.due == 22)  // 13 + 2 + 4 + 1 + 1 + 1: all but "early", "due-soon" and "open"
    #expect(totals.completed == 16)  // 13 + 1 + 2; "done-later" was not done yet
    #expect(totals.completedOnTime == 14)  // 13 + "early"
    #expect(totals.overdue == 5)  // 4 + "done-later"
    #expect(totals.dueSoon == 2)  // "due-today" and "due-soon"
    #expect(totals.dropped == 1)
    #expect(
      totals.sentence(asOf: F.asOf)
        == "25 actions: 22 due by 31 December 2025; 16 completed, 14 of them by their deadline; 5 overdue; 1 dropped.")
  }

  @Test(
    "writes the summary sentence naturally for small and zero counts",
    arguments: [
      ([Action](), "No actions."),
      (
        [F.action("a", due: "2026-06-30")],
        "1 action: none due by 31 December 2025; none completed; none overdue."
      ),
      (
        [F.action("a", due: "2025-12-01", status: .completed, completedOn: "2025-12-01")],
        "1 action: 1 due by 31 December 2025; 1 completed, by its deadline; none overdue."
      ),
      (
        [F.action("a", due: "2025-12-01", status: .completed, completedOn: "2025-12-02")],
        "1 action: 1 due by 31 December 2025; 1 completed, after its deadline; none overdue."
      ),
      (
        [
          F.action("a", due: "2025-10-01", status: .completed, completedOn: "2025-09-01"),
          F.action("b", due: "2025-10-01", status: .completed, completedOn: "2025-10-01"),
          F.action("c", due: "2025-10-01"),
        ],
        "3 actions: 3 due by 31 December 2025; 2 completed, all by their deadline; 1 overdue."
      ),
      (
        [
          F.action("a", due: "2025-10-01", status: .completed, completedOn: "2025-11-01"),
          F.action("b", due: "2025-10-01", status: .completed, completedOn: "2025-11-01"),
        ],
        "2 actions: 2 due by 31 December 2025; 2 completed, none by their deadline; none overdue."
      ),
      (
        [
          F.action("a", due: "2025-10-01", status: .completed, completedOn: "2025-09-01"),
          F.action("b", due: "2025-10-01", status: .completed, completedOn: "2025-11-01"),
        ],
        "2 actions: 2 due by 31 December 2025; 2 completed, 1 of them by its deadline; none overdue."
      ),
    ])
  func sentences(actions: [Action], expected: String) {
    let totals = ActionTotals(actions.map { TrackedAction($0, asOf: F.asOf) }, asOf: F.asOf)
    #expect(totals.sentence(asOf: F.asOf) == expected)
  }

  @Test("writes the as-of day the British way, without a leading zero")
  func britishDate() {
    let totals = ActionTotals(
      [TrackedAction(F.action("a", due: "2026-04-30"), asOf: F.day("2026-04-01"))], asOf: F.day("2026-04-01"))
    #expect(
      totals.sentence(asOf: F.day("2026-04-01")) == "1 action: none due by 1 April 2026; none completed; none overdue.")
  }
}
