import Foundation
import Testing

@testable import SurveyFormats

@Suite struct SHA256Tests {
  @Test(
    "matches the FIPS 180 example digests",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func fipsVectors(message: String, digest: String) {
    #expect(SHA256.hex(SHA256.hash(message)) == digest)
  }

  @Test("matches the FIPS 180 digest of one million 'a'")
  func millionA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(
      SHA256.hex(SHA256.hash(message)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("pads correctly at every length around a block boundary")
  func boundaryLengths() {
    // Digests of 55, 56, 63, 64 and 65 'a's, from sha256sum.
    let expected = [
      55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
      56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
      63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
      64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
      65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
    ]
    for (count, digest) in expected {
      let message = [UInt8](repeating: UInt8(ascii: "a"), count: count)
      #expect(SHA256.hex(SHA256.hash(message)) == digest, "length \(count)")
    }
  }

  @Test("gives the same digest however the bytes are split into updates", arguments: [1, 3, 63, 64, 65, 1000, 4096])
  func chunkedEqualsOneShot(chunkSize: Int) {
    let message = (0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 5) }
    var digest = SHA256()
    var start = 0
    while start < message.count {
      let end = min(start + chunkSize, message.count)
      digest.update(Array(message[start..<end]))
      start = end
    }
    #expect(digest.finalize() == SHA256.hash(message))
  }

  @Test("hashes a file the same as its bytes, across several read chunks")
  func hashesFile() throws {
    let bytes = (0..<(SHA256.fileChunkSize * 2 + 12_345)).map { UInt8(truncatingIfNeeded: $0 % 251) }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(UUID().uuidString).bin").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try SHA256.hash(fileAt: path) == SHA256.hash(bytes))
  }

  @Test("says a missing file cannot be opened")
  func missingFile() {
    #expect(throws: InputError.self) { try SHA256.hash(fileAt: "/nonexistent/batch.csv") }
    do {
      _ = try SHA256.hash(fileAt: "/nonexistent/batch.csv")
    } catch {
      #expect(error.description.hasPrefix("/nonexistent/batch.csv: error: cannot open this file (No such file"))
    }
  }
}

@Suite struct SHA256HardwareTests {
  @Test(
    "the SHA-extension compression agrees with the portable one on random blocks",
    .enabled(if: SHA256.usesHardware, "this processor has no SHA extensions; the portable code is the only path"),
    arguments: [1, 2, 7, 64])
  func hardwareMatchesPortable(blocks: Int) {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<(blocks * 64)).map { _ in UInt8.random(in: 0...255, using: &generator) }
    var hardware = SHA256.State.initial
    var portable = SHA256.State.initial
    bytes.withUnsafeBytes { buffer in
      SHA256.compress(buffer, into: &hardware)
      SHA256.portableCompress(buffer, into: &portable)
    }
    #expect(hardware.bigEndianBytes == portable.bigEndianBytes)
  }
}
