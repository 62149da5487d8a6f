import CareVoiceKit
import Foundation
import SnapshotTesting
import Testing

/// Golden files of every report of the fixture workspace in every format, reviewed by eye once and then held.
@Suite struct ReportSnapshotTests {

  @Test(
    "renders each fixture report in each format exactly as recorded",
    arguments: [0, 1, 2, 3, 4], ReportFormat.allCases)
  func golden(report index: Int, format: ReportFormat) throws {
    let report = try ReportFixture.load().reports[index]
    let text = try ReportFixture.rendered(report, as: format)
    let name = "\(report.audience.rawValue)-\(report.name).\(format.rawValue)"
    let failure = verifySnapshot(of: text, as: .lines, named: name, snapshotDirectory: ReportFixture.snapshots)
    #expect(failure == nil, "\(failure ?? "")")
  }
}
