import CareVoiceKit
import Foundation
import Testing

@Suite struct JSONValueTests {
  @Test("keeps keys in order and escapes strings by RFC 8259")
  func text() {
    let value = JSONValue.object([
      .init("zeta", .int(1)), .init("alpha", .string("say \"hi\"\n\\ \u{1}")), .init("none", .null),
      .init("list", .array([.number(1.5), .number(.infinity), .bool(true)])),
    ])
    #expect(
      value.text(pretty: false) == #"{"zeta":1,"alpha":"say \"hi\"\n\\ \u0001","none":null,"list":[1.5,null,true]}"#)
    #expect(
      value.text() == """
        {
          "zeta": 1,
          "alpha": "say \\"hi\\"\\n\\\\ \\u0001",
          "none": null,
          "list": [1.5, null, true]
        }
        """)
  }

  @Test("encodes the tally through JSONEncoder to the same document")
  func encoder() throws {
    let tally = try TallyFixture.accumulator(by: .attribute("age_band")).tally()
    let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(tally)) as? NSDictionary
    let written = try JSONSerialization.jsonObject(with: Data(tally.jsonText.utf8)) as? NSDictionary
    #expect(encoded != nil && encoded == written)
  }
}
