/// What a query asks for, read from its wording. A prior on passage kinds, never a filter.
public enum QueryIntent: String, Sendable, Codable, CaseIterable {
    /// "affect in a sentence", "example of lay used correctly": an example sentence.
    case example
    /// "meaning of affect", "define udp", "what does udp stand for": a definition.
    case define
    /// "affect vs effect", "difference between tcp and udp", "fewer or less": the summary.
    case difference
    /// Both terms and something about them: "which is faster tcp or udp": a chart row or FAQ.
    case attribute
    /// A question ("is email asynchronous?"): an FAQ answer.
    case question
    /// Keywords only.
    case keyword

    /// Whether the query asks for a sense of a term, its meaning or an example of it: such a query
    /// says little but the term and the words that choose the sense.
    var asksForSense: Bool { self == .define || self == .example }

    /// Words that say what kind of passage is wanted rather than what it is about. They set the
    /// intent and are then left out of matching ("sentence" would otherwise find prison terms).
    static let markerWords: [String: QueryIntent] = [
        // Not "examples", which asks for instances ("examples of server software": the chart row
        // "Examples"), unless with a word of use (``asksForUsageExamples(_:)``).
        "sentence": .example, "sentences": .example, "example": .example,
        "meaning": .define, "meanings": .define, "mean": .define, "means": .define, "define": .define,
        "definition": .define, "definitions": .define, "defined": .define,
        "vs": .difference, "versus": .difference, "difference": .difference, "differences": .difference,
        "differ": .difference, "differs": .difference, "different": .difference, "distinguish": .difference,
        "compare": .difference, "comparison": .difference, "contrast": .difference, "between": .difference,
    ]

    /// Words that only frame a request ("how to use X", "what is the word for") and never match.
    static let framingWords: Set<String> = [
        "use", "used", "using", "usage", "word", "words", "stand", "stands", "explain", "explained", "explanation",
        "describe",
    ]

    /// Word pairs that only frame a request ("tell me about udp", "show me examples"); their
    /// words still match elsewhere ("How do you tell lying from laying?").
    static let framingPairs: Set<[String]> = [["tell", "me"], ["show", "me"], ["give", "me"]]

    /// The positions of the words that belong to a framing pair.
    static func framingPairPositions(in words: [String]) -> Set<Int> {
        var positions = Set<Int>()
        for index in words.indices.dropLast() where framingPairs.contains([words[index], words[index + 1]]) {
            positions.formUnion([index, index + 1])
        }
        return positions
    }

    /// "what is", "what's", "whats", "what are", "explain", "describe", "tell me about": with
    /// nothing but a term after it, the request asks what the term means.
    static func asksWhatSomethingIs(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if ["whats", "explain", "describe"].contains(first) || words.starts(with: ["tell", "me"]) { return true }
        return first == "what" && words.count > 1 && ["is", "s", "are"].contains(words[1])
    }

    /// Words that, beside both terms, turn "X vs Y" into a question about an attribute.
    static let attributeQuestionWords: Set<String> = ["which", "who", "whose", "how", "does", "do", "is", "are", "can"]

    /// Words that open a question.
    static let questionWords: Set<String> = [
        "is", "are", "can", "could", "does", "do", "did", "how", "why", "when", "which", "should", "will", "would",
        "what", "whats", "who", "where", "was", "were", "has", "have", "may", "must",
    ]

    /// What an FAQ question asks for, when it asks for a meaning ("What does 'further to'
    /// mean?") or an example of use ("Can you use affect in a sentence?"); nil otherwise.
    static func asked(by question: String) -> QueryIntent? {
        // Most questions hold none of the marker stems: skip splitting them into words.
        let bytes = Array(question.utf8)
        guard Self.askedStems.contains(where: { bytes.containsFolded($0) }) else { return nil }
        let words = WordTokenizer.words(in: question)
        // "How many meanings does psychiatrist have?" asks for a number, not for a meaning.
        if QuestionForm.read(words) == .amount { return nil }
        if words.contains(where: { $0.hasPrefix("sentence") || $0 == "example" }) || asksForUsageExamples(words) {
            return .example
        }
        if words.contains(where: { markerWords[$0] == .define }) || (words.contains("stand") && words.contains("for")) {
            return .define
        }
        return nil
    }

    /// "examples of lie used correctly": examples of a word in use, not instances of a thing.
    static func asksForUsageExamples(_ words: [String]) -> Bool {
        words.contains("examples") && words.contains { ["use", "used", "using", "usage"].contains($0) }
    }

    /// What every word ``asked(by:)`` looks for starts with or contains, lowercased.
    private static let askedStems: [[UInt8]] = ["sentence", "exampl", "mean", "defin", "stand"].map { Array($0.utf8) }

    /// Reads the intent of a query from its words.
    ///
    /// - Parameters:
    ///   - words: the query's words, folded.
    ///   - contentWords: the words left after markers, framing and stop words are removed.
    ///   - pairWords: the query words that are part of a term of an article whose both terms
    ///     the query names; empty when it names no pair.
    ///   - namedTermWords: the query words that are part of a named term.
    ///   - contentIsOneTerm: whether the content words are all words of one named term.
    static func read(
        words: [String], endsWithQuestionMark: Bool, contentWords: [String], pairWords: Set<String>,
        namedTermWords: Set<String>, contentIsOneTerm: Bool
    ) -> QueryIntent {
        let namesBothTerms = !pairWords.isEmpty
        var markers = Set(words.compactMap { markerWords[$0] })
        if asksForUsageExamples(words) { markers.insert(.example) }
        if markers.contains(.example) && !(namesBothTerms && !words.contains(where: { $0.hasPrefix("sentence") })) {
            return .example
        }
        if markers.contains(.define) || (words.contains("stand") && words.contains("for")) { return .define }
        let otherContent = contentWords.filter { !namedTermWords.contains($0) }
        if namesBothTerms {
            // Beside the pair, a word that names another article's term ("is kg mass or weight")
            // asks something of the pair; a stop word kept as content because some article's term
            // is that word ("lay or lie") does not.
            let besidePair = contentWords.filter { !pairWords.contains($0) && !StopWords.contains($0) }
            if besidePair.isEmpty { return .difference }
            // "jam vs jelly which has more sugar": a question about one attribute, "vs" or not.
            let asksAQuestion = endsWithQuestionMark || words.contains(where: attributeQuestionWords.contains)
            if markers.contains(.difference) && besidePair.count <= 1 && !asksAQuestion { return .difference }
            return .attribute
        }
        if markers.contains(.difference) { return .difference }
        // "what is X", or X alone: the term's meaning.
        if !namedTermWords.isEmpty && otherContent.isEmpty && contentIsOneTerm
            && (asksWhatSomethingIs(words) || words.allSatisfy(namedTermWords.contains))
        {
            return .define
        }
        if endsWithQuestionMark || words.first.map(questionWords.contains) == true { return .question }
        return .keyword
    }
}

/// A word class a query can ask for ("affect as a noun") and a definition can be read as.
public enum PartOfSpeech: String, Sendable, Codable {
    case noun, verb, adjective, adverb

    /// The part of speech a query names, if it names exactly one.
    static func named(in words: [String]) -> PartOfSpeech? {
        let named = Set(words.compactMap { word -> PartOfSpeech? in
            switch word {
            case "noun", "nouns": .noun
            case "verb", "verbs": .verb
            case "adjective", "adjectives": .adjective
            case "adverb", "adverbs": .adverb
            default: nil
            }
        })
        return named.count == 1 ? named.first : nil
    }

    /// A dictionary-style definition's likely part of speech, from how it opens: "To …" is a
    /// verb, "A/An/The …" a noun, "In a … manner" an adverb; it may also say so ("As a verb, …").
    static func guess(fromDefinition definition: String) -> PartOfSpeech? {
        let lower = definition.lowercased()
        for part in [PartOfSpeech.noun, .verb, .adjective, .adverb] where lower.hasPrefix("as a \(part.rawValue)") || lower.hasPrefix("as an \(part.rawValue)") || lower.hasPrefix("(\(part.rawValue))") {
            return part
        }
        if lower.hasPrefix("to ") { return .verb }
        if lower.hasPrefix("in a ") && lower.contains(" manner") { return .adverb }
        if lower.hasPrefix("a ") || lower.hasPrefix("an ") || lower.hasPrefix("the ") || lower.hasPrefix("one who") { return .noun }
        if lower.hasPrefix("having ") || lower.hasPrefix("being ") || lower.hasPrefix("relating to") || lower.hasPrefix("of or ") {
            return .adjective
        }
        return nil
    }
}

extension [UInt8] {
    /// Whether these UTF-8 bytes contain `needle` (lowercase ASCII), ignoring ASCII case.
    func containsFolded(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        let bytes = self
        guard bytes.count >= needle.count else { return false }
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        outer: for start in 0...(bytes.count - needle.count) where folded(bytes[start]) == first {
            for offset in 1..<needle.count where folded(bytes[start + offset]) != needle[offset] { continue outer }
            return true
        }
        return false
    }
}
