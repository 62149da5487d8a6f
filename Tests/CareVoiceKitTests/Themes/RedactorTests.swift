import CareVoiceKit
import Testing

@Suite struct RedactorTests {
  let redactor = Redactor(
    list: RedactionList(names: ["Zebedee"], schools: ["Hilltop Academy", "St Anne's"], places: ["Ashby Grange"]))

  @Test(
    "takes out names: common first names, names next to a cue, surnames, hyphenated names",
    arguments: [
      ("I miss Jayden so much", "I miss [name] so much"),
      ("jayden is kind", "[name] is kind"),
      ("Jayden's dad is nice", "[name]'s dad is nice"),
      ("Jayden Smith took my phone", "[name] took my phone"),
      ("my social worker Zenobia never rings", "my social worker [name] never rings"),
      ("Zenobia is my social worker", "[name] is my social worker"),
      ("Zenobia, my carer, helps", "[name], my carer, helps"),
      ("I live with my foster carer Mrs Okonkwo", "I live with my foster carer Mrs [name]"),
      ("Can Mr. Bellweather come?", "Can Mr. [name] come?"),
      ("my IRO Quentin is good", "my IRO [name] is good"),
      ("my friends Zara and Xanthe", "my friends [name] and [name]"),
      ("a boy called Tobias", "a boy called [name]"),
      ("my sister Lily-Rose", "my sister [name]"),
      ("Lily-Rose came to see me", "[name] came to see me"),
      ("Auntie Sue takes me out", "Auntie [name] takes me out"),
      ("Zebedee shouts", "[name] shouts"),
      ("I like May", "I like [name]"),
      ("my friend Will came", "my friend [name] came"),
      ("DAVE IS MY SOCIAL WORKER", "[name] IS MY SOCIAL WORKER"),
    ])
  func redactsNames(text: String, expected: String) {
    #expect(redactor.redacted(text) == expected)
  }

  @Test(
    "leaves family words and names that are ordinary words",
    arguments: [
      "Mum said I can stay", "my mum said no", "I want to see my Nan and Dad more", "Will you tell my IRO?",
      "I want to go back in May", "we went last Summer", "by the grace of god", "Mark my words, it is hard",
      "Grace is a nice word", "Sometimes my social worker is late", "I feel safe with my carer",
      "my social worker will help me", "Hope things get better", "I go to High School now",
      "My School is ok", "I am in Year 7 and 2nd set",
    ])
  func keeps(text: String) {
    #expect(redactor.redacted(text) == text)
  }

  @Test(
    "takes out contact details",
    arguments: [
      ("email me at jo.bloggs+care@example.co.uk.", "email me at [email]."),
      ("ring 07700 900123 please", "ring [phone] please"),
      ("ring 07700-900-123", "ring [phone]"),
      ("call +44 7700 900123 or +44 (0)20 7946 0000", "call [phone] or [phone]"),
      ("home is 0113 496 0000", "home is [phone]"),
      ("(01632) 960000 is nan's", "[phone] is nan's"),
      ("I live at LS6 2AB now", "I live at [postcode] now"),
      ("postcode sw1a1aa", "postcode [postcode]"),
      ("I scored 999 points in 2023", "I scored 999 points in 2023"),
    ])
  func redactsContacts(text: String, expected: String) {
    #expect(redactor.redacted(text) == expected)
  }

  @Test(
    "takes out dates and anything after DOB or born",
    arguments: [
      ("born 12/03/2011 in", "born [date] in"),
      ("it was on 2024-01-05", "it was on [date]"),
      ("on 12 March 2011 I moved", "on [date] I moved"),
      ("the 12th of March", "the [date]"),
      ("since March 2011", "since [date]"),
      ("March 12th, 2011 was bad", "[date] was bad"),
      ("DOB: 3.4.12", "DOB: [date]"),
      ("D.O.B 12/3", "D.O.B [date]"),
      ("I was born in 2011", "I was born in [date]"),
      ("my birthday is on the 5th", "my birthday is on the [date]"),
      ("I was born in Leeds", "I was born in Leeds"),
      ("I may 2 go", "I may 2 go"),
      ("I rate it 7/10", "I rate it 7/10"),
    ])
  func redactsDates(text: String, expected: String) {
    #expect(redactor.redacted(text) == expected)
  }

  @Test(
    "takes out schools and places from the list, and names of schools",
    arguments: [
      ("I go to hilltop academy", "I go to [school]"),
      ("St Anne's was better", "[school] was better"),
      ("I moved to Oakwood Primary in year 5", "I moved to [school] in year 5"),
      ("Ashby Grange was scary", "[place] was scary"),
    ])
  func redactsSchoolsAndPlaces(text: String, expected: String) {
    #expect(redactor.redacted(text) == expected)
  }

  @Test("reports where each detail was and what kind it was")
  func reportsRedactions() {
    let found = redactor.redactions(in: "Tell Jayden 07700 900123")
    #expect(found == [.init(range: 5..<11, tag: .name), .init(range: 12..<24, tag: .phone)])
  }
}
