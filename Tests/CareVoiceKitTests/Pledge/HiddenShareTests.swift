import CareVoiceKit
import Testing

/// A share on a large base still gives a small count away when the positive answers, or the others, are 1 to 5:
/// 197 of 200 shown as 99% says that 3 answered otherwise.
@Suite struct HiddenShareTests {
  typealias F = PledgeFixtures

  @Test("withholds the share, interval and change when the others are a small count, and keeps the rating")
  func fewOthers() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 150, base: 200),
        .init(period: F.quarter(2025, 2), positive: 197, base: 200),
      ]))
    #expect(summary.isSuppressed)
    #expect(summary.rating == .green)
    #expect(summary.base == 200)
    #expect(summary.value == nil)
    #expect(summary.ci95 == nil)
    #expect(summary.change == nil)
    #expect(summary.isSignificant == nil)
    #expect(summary.previous == 75)
    #expect(summary.series.map(\.value) == [75, nil])
    #expect(summary.series.map(\.isSuppressed) == [false, true])
  }

  @Test("withholds a share whose positive answers are a small count, rated red all the same")
  func fewPositive() throws {
    let summary = try #require(F.indicator([.init(period: F.quarter(2025, 2), positive: 3, base: 200)]))
    #expect(summary.isSuppressed)
    #expect(summary.rating == .red)
    #expect(summary.value == nil)
  }

  @Test("leaves out a period before whose share is withheld, so no change is worked out from it")
  func hiddenPrevious() throws {
    let summary = try #require(
      F.indicator([
        .init(period: F.quarter(2025, 1), positive: 96, base: 100),
        .init(period: F.quarter(2025, 2), positive: 80, base: 100),
      ]))
    #expect(!summary.isSuppressed)
    #expect(summary.value == 80)
    #expect(summary.previousPeriod == F.quarter(2025, 1))
    #expect(summary.previous == nil)
    #expect(summary.change == nil)
  }

  @Test("shows every share and none, all and zero, and all shares when suppression is off")
  func shownShares() throws {
    for (positive, base) in [(200, 200), (0, 200), (6, 200), (194, 200)] {
      let summary = try #require(F.indicator([.init(period: F.quarter(2025, 2), positive: positive, base: base)]))
      #expect(!summary.isSuppressed, "\(positive) of \(base)")
      #expect(summary.value == Double(positive) / Double(base) * 100)
    }
    let off = try #require(
      F.indicator([.init(period: F.quarter(2025, 2), positive: 197, base: 200)], minimumCell: 0))
    #expect(!off.isSuppressed)
    #expect(off.value == 98.5)
  }

  @Test("says 'hidden' in the table and Markdown, leaves the CSV cell empty, and never gives the share")
  func everyFormat() throws {
    let summary = PledgeSummary.evaluate(
      pledge: F.pledge(),
      evidence: [F.knowsSocialWorker.measure: [.init(period: F.quarter(2025, 2), positive: 197, base: 200)]],
      asOf: F.asOf)
    let indicator = try #require(summary.commitments.first?.indicators.first)
    #expect(indicator.isSuppressed)
    for text in [summary.table(), summary.markdown()] {
      #expect(text.contains("| hidden") || text.contains(" hidden "))
      #expect(!text.contains("99%") && !text.contains("98%"))
    }
    let row = try #require(summary.csv(.indicators).split(separator: "\r\n").dropFirst().first)
    // The seventh column, "Result (%)": a hidden figure is an empty cell.
    #expect(row.split(separator: ",", omittingEmptySubsequences: false)[6] == "")
    let json = try #require(String(data: try summary.json(), encoding: .utf8))
    #expect(json.contains("\"suppressed\":true") || json.contains("\"suppressed\" : true"))
    #expect(!json.contains("98.5"))
  }
}
