/// What kind of answer a question's wording expects, beyond the passage kind: "how many days…",
/// "how long…", "how much…" ask for an amount, and an answer states one.
public enum AnswerType: String, Sendable, Codable {
    /// A number, a duration, a size: "how many", "how much", "how long", "how old"…
    case quantity

    /// The words that, after "how", ask for an amount.
    static let quantityWords: Set<String> = [
        "many", "much", "long", "old", "far", "big", "large", "tall", "high", "heavy", "often", "fast", "wide",
        "deep", "hot", "cold", "strong", "soon", "small", "short", "little", "low", "thick", "thin", "slow", "quick",
        "expensive", "cheap", "loud", "warm",
    ]

    /// The answer type the query's words ask for, if they ask for one: "how" followed by a
    /// quantity word, anywhere in the query ("concrete: how long to cure").
    static func asked(by words: [String]) -> AnswerType? {
        for (word, next) in zip(words, words.dropFirst()) where word == "how" && quantityWords.contains(next) {
            return .quantity
        }
        return nil
    }

    /// Number words that state an amount without digits. "One" is left out: it is mostly a pronoun.
    private static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "dozen", "dozens", "half", "twice", "double",
    ]

    /// Words that, before "one", make it an amount ("about one ounce", "more than one").
    private static let amountQualifiers: Set<String> = [
        "about", "around", "roughly", "approximately", "nearly", "almost", "only", "just", "exactly", "over", "under",
        "than", "least", "most",
    ]

    /// Whether `text` states an amount: a digit, a number word, or "one" after a qualifier.
    static func statesQuantity(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
        let words = WordTokenizer.words(in: text)
        if words.contains(where: numberWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { amountQualifiers.contains($0) && $1 == "one" }
    }
}
