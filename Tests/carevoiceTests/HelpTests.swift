import Testing

@Suite struct HelpTests {
  @Test("prints its purpose and exits 0 with --help")
  func help() throws {
    let outcome = try CareVoiceProcess.run(["--help"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("children in care"))
  }

  @Test("exits 64 on an unknown option")
  func usageError() throws {
    let outcome = try CareVoiceProcess.run(["--no-such-option"])
    #expect(outcome.status == 64)
  }
}
