/// The words around a name that say it is one ("my social worker Dave", "Dave is my carer", "called Dave").
enum NameCues {
  /// People a child names, in lower-case words.
  ///
  /// A capitalised word right after one ("my foster carer Sam"), or before
  /// "my …", "is my …" ("Sam, my IRO"), is taken for a name.
  static let roles: [[String]] = [
    "social worker", "social workers", "carer", "carers", "foster carer", "foster carers", "foster mum", "foster dad",
    "foster parent", "foster parents", "iro", "reviewing officer", "independent reviewing officer", "teacher",
    "teachers", "head teacher", "headteacher", "key worker", "keyworker", "support worker", "youth worker",
    "family support worker", "personal adviser", "personal advisor", "pa", "mentor", "advocate", "therapist",
    "counsellor", "counselor", "worker", "manager", "tutor", "nurse", "doctor", "brother", "brothers", "sister",
    "sisters", "half brother", "half sister", "step brother", "stepbrother", "step sister", "stepsister",
    "foster brother", "foster sister", "little brother", "little sister", "big brother", "big sister",
    "baby brother", "baby sister", "friend", "friends", "best friend", "boyfriend", "girlfriend", "partner",
    "cousin", "cousins", "son", "daughter", "neighbour",
  ].map { $0.split(separator: " ").map(String.init) }

  /// ``roles`` by their first word.
  static let rolesByFirstWord: [String: [[String]]] = Dictionary(grouping: roles) { $0[0] }

  /// Family words that stay in a quote ("Mum", "my nan") and, like roles, announce a name ("Auntie Sue").
  static let kinship: Set<String> = [
    "mum", "mummy", "mom", "mam", "mother", "dad", "daddy", "father", "nan", "nana", "nanny", "nanna", "gran",
    "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather", "aunt", "aunty", "auntie",
    "uncle", "stepmum", "stepdad", "parents", "parent", "family",
  ]

  /// Titles announcing a surname; they count only capitalised ("Miss Patel", not "I miss Patel").
  static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir"]

  /// Words after which a capitalised word is a name: "called Dave", "named Dave", "known as Dave", "name is Dave".
  static let introductions: [[String]] = [["called"], ["named"], ["known", "as"], ["name", "is"], ["names", "are"]]

  /// Words that may stand between a name and the role after it: "Sam is my carer", "Sam, our IRO".
  static let links: Set<String> = ["is", "was", "my", "our", "the", "his", "her", "their", "me", "and"]

  /// Capitalised words that open sentences and are never names, besides the stop words.
  static let openers: Set<String> = [
    "yesterday", "today", "tonight", "tomorrow", "recently", "lately", "currently", "thanks", "thank", "hopefully",
    "please", "honestly", "unfortunately", "luckily", "sadly", "finally", "actually", "apparently", "basically",
    "obviously", "definitely", "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "usually",
    "sometimes", "often", "mostly", "last", "next", "hi", "hello", "dear", "yes", "yeah", "no", "ok", "okay",
    "school", "college", "home", "christmas", "easter", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "english", "british", "god", "mcdonalds", "xbox", "playstation", "lego", "tiktok",
  ]

  /// Words after which a name that is also a common word is that word: "the Rose garden", "a Joy".
  static let determiners: Set<String> = ["the", "a", "an", "this", "that", "every", "each", "some", "any", "no"]

  /// Words after which a month or season is a time, not a name: "in May", "last Summer".
  static let timeWords: Set<String> = [
    "in", "on", "since", "until", "till", "by", "during", "from", "of", "before", "after", "early", "late", "mid",
    "end", "start", "last", "next", "christmas", "new", "over", "through", "throughout",
  ]

  /// Name-like words that are also months or seasons: taken for a name only with a cue, or a time word not before them.
  static let timeNames: Set<String> = ["april", "may", "june", "august", "summer", "autumn"]
}
