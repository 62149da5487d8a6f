import CSHAExtensions

extension SHA256 {
  /// Whether the processor's SHA extensions compress blocks, several times faster than the portable code.
  static let usesHardware = cv_sha256_hardware_available() == 1

  /// Runs the compression function over whole 64-byte blocks, straight from the caller's memory.
  static func compress(_ blocks: UnsafeRawBufferPointer, into state: inout State) {
    guard let base = blocks.baseAddress else { return }
    let blockCount = blocks.count / 64
    if usesHardware {
      withUnsafeMutableBytes(of: &state) { words in
        cv_sha256_hardware_blocks(
          words.baseAddress!.assumingMemoryBound(to: UInt32.self), base.assumingMemoryBound(to: UInt8.self),
          blockCount)
      }
      return
    }
    portableCompress(blocks, into: &state)
  }

  /// The compression function in portable Swift, for processors without the SHA extensions.
  static func portableCompress(_ blocks: UnsafeRawBufferPointer, into state: inout State) {
    guard let base = blocks.baseAddress else { return }
    let blockCount = blocks.count / 64
    var hash = state
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
      roundConstants.withUnsafeBufferPointer { constants in
        for block in 0..<blockCount {
          let start = base + block * 64
          for t in 0..<16 {
            schedule[t] = UInt32(bigEndian: start.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = schedule[t - 15]
            let y = schedule[t - 2]
            let sigma0 = x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x &>> 3)
            let sigma1 = y.rotatedRight(17) ^ y.rotatedRight(19) ^ (y &>> 10)
            schedule[t] = schedule[t - 16] &+ sigma0 &+ schedule[t - 7] &+ sigma1
          }
          var a = hash.h0
          var b = hash.h1
          var c = hash.h2
          var d = hash.h3
          var e = hash.h4
          var f = hash.h5
          var g = hash.h6
          var h = hash.h7
          for t in 0..<64 {
            let bigSigma1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choice = g ^ (e & (f ^ g))
            let t1 = h &+ bigSigma1 &+ choice &+ constants[t] &+ schedule[t]
            let bigSigma0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) | (c & (a | b))
            h = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ bigSigma0 &+ majority
          }
          hash.h0 &+= a
          hash.h1 &+= b
          hash.h2 &+= c
          hash.h3 &+= d
          hash.h4 &+= e
          hash.h5 &+= f
          hash.h6 &+= g
          hash.h7 &+= h
        }
      }
    }
    state = hash
  }

  /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}

extension UInt32 {
  /// The word rotated right by `count` bits (0 < count < 32).
  @inline(__always)
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    (self &>> count) | (self &<< (32 &- count))
  }
}
