import CareVoiceKit
import Foundation
import SnapshotTesting
import Testing

@Suite struct TallySnapshotTests {
  /// Snapshots live with the fixtures, as plain text files a reviewer can read.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/tally/snapshots").path

  @Test(
    "renders the fixture's tally by age band as the recorded table, Markdown, CSV and JSON",
    arguments: TallyFormat.allCases)
  func byAgeBand(format: TallyFormat) throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally(periods: [TallyFixture.q2])
    let failure = verifySnapshot(
      of: tally.rendered(as: format), as: .lines, named: format.rawValue, snapshotDirectory: Self.directory)
    #expect(failure == nil, "\(failure ?? "")")
  }
}
