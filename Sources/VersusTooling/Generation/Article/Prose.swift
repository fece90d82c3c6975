/// Small rules for turning WordNet's glosses and words into sentences.
enum Prose {
    /// `text` with its first letter in upper case.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A gloss as a clause to embed in a sentence: no final period or separator.
    static func clause(_ text: String) -> String {
        var text = text.trimming([" ", ";", ":", ",", "."])
        if text.isEmpty { text = "a sense shown only by example" }
        return text
    }

    /// `text` as a statement: capitalized, ending in a period (a final `?` becomes one, so that
    /// no line but an FAQ question ends in `?`, which the format reads as a question).
    static func statement(_ text: String) -> String {
        var text = capitalized(text.trimming([" ", ";", ":", ","]))
        if text.hasSuffix("?") { text.removeLast() }
        if !(text.hasSuffix(".") || text.hasSuffix("!")) { text += "." }
        return text
    }

    /// A definition as a dictionary line: a verb's reads "To …".
    static func definition(_ sense: Synset) -> String {
        let text = clause(sense.definition)
        if sense.id.partOfSpeech == .verb, !text.lowercased().hasPrefix("to ") { return statement("to " + text) }
        return statement(text)
    }

    /// What a term means, as the predicate of a sentence that names it: "is a bowed stringed
    /// instrument …", "means to have an effect upon", "means covered with water".
    static func meaning(_ sense: Synset) -> String { predicate(sense, naming: "is", meaning: "means") }

    /// What two words of one sense both do, as a plural predicate: "name a bowed stringed
    /// instrument …", "mean to have an effect upon".
    static func sharedMeaning(_ sense: Synset) -> String { predicate(sense, naming: "name", meaning: "mean") }

    /// A sense's gloss after `naming` (a noun's) or `meaning` (the others'); a verb's reads "to …".
    private static func predicate(_ sense: Synset, naming: String, meaning: String) -> String {
        let text = clause(sense.definition)
        switch sense.id.partOfSpeech {
        case .noun: return naming + " " + nounPhrase(text)
        case .verb: return meaning + " " + (text.lowercased().hasPrefix("to ") ? text : "to " + text)
        case .adjective, .adverb: return meaning + " " + text
        }
    }

    /// Words a noun gloss may start with that need no article before them.
    static let determiners: Set<String> = [
        "a", "an", "the", "any", "one", "some", "each", "every", "either", "someone", "something", "somebody",
        "anything", "anyone", "this", "that", "these", "those", "his", "her", "its", "their", "no", "all", "both",
        "many", "several", "various", "two", "three", "four", "five", "more", "most", "much", "another", "(",
    ]

    /// A noun gloss with an indefinite article when it seems to need one: not after a
    /// determiner, a parenthesis or what looks like a plural.
    static func nounPhrase(_ gloss: String) -> String {
        let first = gloss.prefix { $0 != " " && $0 != "," }.lowercased()
        if determiners.contains(first) || gloss.hasPrefix("(") || (first.hasSuffix("s") && !first.hasSuffix("ss")) {
            return gloss
        }
        return indefinite(gloss)
    }

    /// `phrase` after "a" or "an", chosen by its first letter.
    static func indefinite(_ phrase: String) -> String {
        let vowel = phrase.first.map { "aeiouAEIOU".contains($0) } ?? false
        return (vowel ? "an " : "a ") + phrase
    }

    /// Items joined as English lists them: "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// "one sense", "3 senses".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "one \(noun)" : "\(number) \(noun)s"
    }
}
