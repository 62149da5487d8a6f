/// The word lists the tokeniser normalises with.
enum Lexicon {
  /// Words written without their apostrophe, common spellings and text-speak, with what they stand for.
  ///
  /// A value of two words ("sw" → "social worker") gives two tokens at the same place.
  /// Possessive `'s` is dropped before this lookup, so "that's" and "thats" both become "that".
  static let replacements: [String: [String]] = [
    // Contractions written without an apostrophe.
    "dont": ["don't"], "cant": ["can't"], "wont": ["won't"], "isnt": ["isn't"], "doesnt": ["doesn't"],
    "didnt": ["didn't"], "wasnt": ["wasn't"], "werent": ["weren't"], "arent": ["aren't"],
    "havent": ["haven't"], "hasnt": ["hasn't"], "hadnt": ["hadn't"], "couldnt": ["couldn't"],
    "shouldnt": ["shouldn't"], "wouldnt": ["wouldn't"], "aint": ["ain't"], "im": ["i'm"], "ive": ["i've"],
    "youre": ["you're"], "youve": ["you've"], "theyre": ["they're"], "theyve": ["they've"], "weve": ["we've"],
    "thats": ["that"], "whats": ["what"], "theres": ["there"], "its": ["it"], "hes": ["he"], "shes": ["she"],
    "dunno": ["don't", "know"], "wanna": ["want", "to"], "gonna": ["going", "to"], "gotta": ["got", "to"],
    // Spellings of family words.
    "mom": ["mum"], "moms": ["mums"], "mam": ["mum"], "mams": ["mums"], "mommy": ["mummy"], "momma": ["mum"],
    "mammy": ["mummy"],
    // Text-speak common in young people's comments.
    "u": ["you"], "ur": ["your"], "ppl": ["people"], "cos": ["because"], "coz": ["because"], "cuz": ["because"],
    "bc": ["because"], "pls": ["please"], "plz": ["please"], "bday": ["birthday"],
    "sw": ["social", "worker"], "sws": ["social", "workers"],
    // American spellings.
    "favorite": ["favourite"], "color": ["colour"],
  ]

  /// Common words whose letters really are doubled, so "coool" becomes "cool" and not "col".
  ///
  /// Where a run of three or more letters is squeezed, the doubled reading wins
  /// if it is one of these words (or a word of the codebook or a stop word);
  /// otherwise the run becomes one letter ("sooo" → "so").
  static let doubledLetterWords: Set<String> = [
    "add", "agree", "all", "allow", "apple", "ball", "bee", "been", "bell", "better", "bigger", "book", "boss",
    "bunny", "call", "carry", "cheese", "class", "cool", "cuddle", "daddy", "deep", "dinner", "door", "egg",
    "fall", "feed", "feel", "feels", "fill", "floor", "follow", "food", "fool", "foot", "free", "funny", "good",
    "granny", "grass", "hall", "happy", "hello", "ill", "keep", "kill", "kiss", "kitty", "less", "letter",
    "little", "look", "matter", "meet", "mess", "miss", "moon", "mummy", "nanny", "need", "needs", "off", "poor",
    "pool", "puppy", "pass", "pizza", "really", "room", "school", "see", "seen", "sheep", "shoot", "silly",
    "sleep", "small", "soon", "sorry", "speed", "staff", "still", "stuff", "summer", "teddy", "tell", "three",
    "till", "too", "took", "tooth", "tree", "wee", "week", "weeks", "well", "will", "wood", "worry", "yellow",
    "yummy", "sooner", "happen", "suggest", "support", "supporting", "different", "difficult", "apply",
    "appointment", "appointments", "arrange", "attend", "commit", "common", "connect", "current", "effort",
    "issue", "issues", "offer", "office", "officer", "opportunity", "possible", "process", "success", "sadder",
    "madder",
  ]
}

extension Lexicon {
  /// ``replacements`` as a trie, numbering the entries of ``replacementKeys``.
  static let replacementTable: WordTrie = {
    var table = WordTrie()
    for (index, word) in replacementWords.enumerated() { table.insert(word, value: Int32(index)) }
    return table
  }()

  static let replacementWords = replacements.keys.sorted()
  static let replacementKeys = replacementWords.map { replacements[$0] ?? [$0] }
}
