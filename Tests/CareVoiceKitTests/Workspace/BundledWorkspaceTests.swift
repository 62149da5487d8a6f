import CareVoiceKit
import Foundation
import Testing

/// The bundled `surveys/` workspace: its definitions load, its codebooks code its comments, and they agree with a person.
@Suite struct BundledWorkspaceTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let surveys = root.appendingPathComponent("surveys").path

  static func workspace() throws -> Workspace { try Workspace.load(from: surveys) }

  /// Every comment of every bundled batch of an instrument, by question.
  static func comments(of instrument: Instrument) throws -> [String: [String]] {
    let folder = root.appendingPathComponent("surveys/batches/\(instrument.id)").path
    var byQuestion: [String: [String]] = [:]
    for path in try ExportFiles.expand([folder]) {
      var source = try ResponseSources.open(path, instrument: instrument)
      try source.forEach { read, _ in
        for (index, answer) in read.response.answers.enumerated() {
          if case .text(let text) = answer { byQuestion[instrument.questions[index].id, default: []].append(text) }
        }
      }
    }
    return byQuestion
  }

  @Test("loads with no error and no warning")
  func loads() throws {
    let workspace = try Self.workspace()
    #expect(workspace.warnings.isEmpty)
    #expect(workspace.instruments.count == 4)
    #expect(workspace.pledges.first?.commitments.count ?? 0 >= 8)
  }

  @Test("its codebooks code at least 85% of its comments")
  func coverage() throws {
    let workspace = try Self.workspace()
    var answered = 0
    var coded = 0
    for instrument in workspace.instruments {
      let comments = try Self.comments(of: instrument)
      for question in instrument.questions where question.type == .text {
        let codebook = try #require(question.codebook.flatMap(workspace.codebook))
        let matcher = CodebookMatcher(codebook)
        for text in comments[question.id] ?? [] {
          let result = matcher.code(
            RespondentComment(respondent: "r", period: .financialYear(2025), text: text))
          guard result.isAnswered else { continue }
          answered += 1
          if result.isCoded { coded += 1 }
        }
      }
    }
    #expect(answered > 1000)
    #expect(Double(coded) / Double(answered) >= 0.85, "coded \(coded) of \(answered)")
  }

  @Test("agrees with the hand-coded sample: kappa at least 0.7 for every theme with five or more comments")
  func agreement() throws {
    let workspace = try Self.workspace()
    let sample = try #require(
      Bundle.module.url(forResource: "handcoded-sample", withExtension: "csv", subdirectory: "Fixtures/themes"))
    let results = try AgreementCheck.run(sampleAt: sample.path, workspace: workspace, defaultCodebook: nil)
    #expect(results.map { $0.agreement.themes.first?.comments ?? 0 }.reduce(0, +) == 60)
    for (codebook, agreement) in results {
      #expect(agreement.unknownThemes.isEmpty, "\(codebook.id) sample names unknown themes")
      for theme in agreement.themes where theme.bothPresent + theme.onlyCoder + theme.onlyCodebook >= 5 {
        let kappa = try #require(theme.kappa)
        #expect(kappa >= 0.7, "\(codebook.id)/\(theme.theme): kappa \(kappa)")
      }
    }
  }
}
