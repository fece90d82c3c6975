/// English function words that carry no topic: dropped from a query when other words remain.
///
/// Question words (`what`, `how`, `when`) are here too: the query analyzer reads them for intent
/// before they are dropped. A word that is one of the indexed articles' terms (`who`, `less`,
/// `net`) is never dropped, whatever this list says.
public enum StopWords {
    public static func contains(_ word: String) -> Bool { words.contains(word) }

    static let words: Set<String> = [
        "a", "about", "above", "actually", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "basically", "be", "because", "been", "before", "being", "between", "both", "but", "by",
        "can", "could", "d", "did", "do", "does", "doing", "done", "during",
        "each", "either", "else", "ever", "every", "exactly",
        "for", "from",
        "get", "gets", "got",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "i", "if", "in", "into", "is", "isn", "it", "its", "itself",
        "just", "literally",
        "ll", "let",
        "m", "me", "might", "mine", "more", "most", "much", "must", "my",
        "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
        "please",
        "re", "really",
        "s", "same", "shall", "she", "should", "so", "some", "such",
        "t", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too",
        "under", "until", "up", "us",
        "ve", "versus", "very", "vs",
        "was", "we", "were", "what", "whats", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "would",
        "you", "your", "yours",
    ]
}
