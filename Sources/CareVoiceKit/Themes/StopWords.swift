/// English words too common to say what a comment is about, left out of emerging phrases.
///
/// The usual function words (articles, pronouns, auxiliaries, prepositions,
/// conjunctions, negators) in the forms the tokeniser produces, plus a few
/// fillers common in young people's comments ("really", "like", "stuff").
enum StopWords {
  static let english: Set<String> = [
    "a", "about", "above", "after", "again", "against", "ain't", "all", "also", "am", "an", "and", "any", "are",
    "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't",
    "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting",
    "go", "goes", "going", "got", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
    "he'll", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm", "i've",
    "if", "in", "into", "is", "isn't", "it", "it'll", "itself", "just", "let", "like", "lot", "lots", "me",
    "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "ok", "okay", "on",
    "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "quite", "really",
    "same", "she", "she'd", "she'll", "should", "shouldn't", "so", "some", "still", "stuff", "such", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "they'd",
    "they'll", "they're", "they've", "thing", "things", "this", "those", "through", "to", "too", "under",
    "until", "up", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "won't", "would",
    "wouldn't", "yes", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
    "yourselves", "always", "maybe", "sometimes", "think", "want", "wants", "would've", "could've",
    "make", "makes", "made", "know", "way", "well", "one", "many", "anything", "everything", "something",
    "nothing", "na", "n/a", "none", "etc",
  ]
}
