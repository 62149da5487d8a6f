/// What the redaction word lists say about a word, looked up once per word.
struct WordFacts: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let plainName = WordFacts(rawValue: 1 << 0)
  static let commonWordName = WordFacts(rawValue: 1 << 1)
  static let stopWord = WordFacts(rawValue: 1 << 2)
  static let kinship = WordFacts(rawValue: 1 << 3)
  static let opener = WordFacts(rawValue: 1 << 4)
  static let title = WordFacts(rawValue: 1 << 5)
  static let roleStart = WordFacts(rawValue: 1 << 6)
  static let month = WordFacts(rawValue: 1 << 7)
  static let birthCue = WordFacts(rawValue: 1 << 8)
  static let schoolWord = WordFacts(rawValue: 1 << 9)
  static let determiner = WordFacts(rawValue: 1 << 10)
  static let timeWord = WordFacts(rawValue: 1 << 11)
  static let timeName = WordFacts(rawValue: 1 << 12)
  static let introduction = WordFacts(rawValue: 1 << 13)

  /// Any first name of the built-in list.
  static let firstName: WordFacts = [.plainName, .commonWordName]
  /// Words that are never taken for a name: "I" aside, stop words, family words, openers, titles.
  static let neverName: WordFacts = [.stopWord, .kinship, .opener, .title]

  /// The facts of a word in lower case.
  static func of(_ key: String) -> WordFacts { table[key] ?? [] }

  private static let table: [String: WordFacts] = {
    var table: [String: WordFacts] = [:]
    func add(_ words: some Sequence<String>, _ facts: WordFacts) {
      for word in words { table[word, default: []].insert(facts) }
    }
    add(FirstNames.plain, .plainName)
    add(FirstNames.commonWords, .commonWordName)
    add(StopWords.english, .stopWord)
    add(NameCues.kinship, .kinship)
    add(NameCues.openers, .opener)
    add(NameCues.titles, .title)
    add(NameCues.roles.map { $0[0] }, .roleStart)
    add(Redactor.months.keys, .month)
    add(["dob", "born", "birthday", "bday", "birthdate", "date", "d"], .birthCue)
    add(Redactor.schoolWords, .schoolWord)
    add(NameCues.determiners, .determiner)
    add(NameCues.timeWords, .timeWord)
    add(NameCues.timeNames, .timeName)
    add(NameCues.introductions.map { $0[0] }, .introduction)
    return table
  }()
}
