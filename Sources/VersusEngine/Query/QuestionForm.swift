/// What a question asks for, read from how it opens: "who…", "why…", "how often…". A reworded
/// question keeps it ("who came up with margarine" asks what "Who invented margarine?" asks), so
/// among an article's FAQs the one that opens the same way is likelier the one meant.
///
/// Yes/no questions ("is", "can", "does"…) have no form here: most FAQs open so, and it tells
/// them apart no more than it tells them from the rest.
public enum QuestionForm: String, Sendable, Codable {
    /// "who", "whom", "whose": a person.
    case person
    /// "why", "how come", "what causes", "what makes": a reason.
    case reason
    /// "where": a place.
    case place
    /// "when", "what time", "what year": a time.
    case time
    /// "how many", "how much", "how long", "how old"…: an amount.
    case amount
    /// "how often": a frequency.
    case frequency
    /// "how" otherwise ("how do I…", "how to…"): a manner or method.
    case manner
    /// "which": a choice between things named.
    case choice
    /// "what" otherwise: a thing or a name.
    case thing

    /// Words that may come before the question itself ("so why…", "ok how…").
    private static let fillers: Set<String> = ["so", "ok", "okay", "hey", "and", "but", "then", "please", "just"]

    /// The form of a question from its folded words, or nil for a yes/no question or no question.
    static func read(_ words: some Collection<String>) -> QuestionForm? {
        let words = Array(words.drop(while: fillers.contains).prefix(3))
        guard let first = words.first else { return nil }
        let second = words.dropFirst().first
        switch first {
        case "who", "whom", "whose": return .person
        case "why": return .reason
        case "where": return .place
        case "when": return .time
        case "which": return .choice
        case "how":
            switch second {
            case "come": return .reason
            case "often": return .frequency
            case let next? where AnswerType.quantityWords.contains(next): return .amount
            default: return .manner
            }
        case "what", "whats":
            // "what's" is split as "what" "s".
            let next = second == "s" ? words.dropFirst(2).first : second
            switch next {
            case "causes", "caused", "makes", "made": return .reason
            case "time", "year", "age": return .time
            default: return .thing
            }
        default: return nil
        }
    }
}
