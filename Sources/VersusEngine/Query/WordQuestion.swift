/// Questions about a word as a dictionary lists it rather than about what it names: how many
/// meanings it has, its part of speech, another word for it, its opposite ("How many meanings does
/// symphony have?", "Can Parmesan be used as a verb?", "What is another word for slimy?"). Such an
/// FAQ answers a query that asks about the word too ("peak as a verb", "another word for slimy"),
/// and no other. Not how a word is spelled or said: people ask that without naming it ("how do
/// you say subpoena", "is it tendonitis or tendinitis").
enum WordQuestion {
    /// Words that ask about a word: a part of speech, its meanings or senses, a synonym, an
    /// opposite. Not "related": "Is the word emigre related to emigrate?" tells where it comes
    /// from, which "emigre russian revolution" wants.
    static let markers: Set<String> = [
        "noun", "nouns", "verb", "verbs", "adjective", "adjectives", "adverb", "adverbs", "meanings", "senses",
        "synonym", "synonyms", "antonym", "antonyms", "opposite",
    ]

    /// Word pairs that ask for another word ("another word for", "other words for").
    static let markerPairs: Set<[String]> = [["another", "word"], ["other", "words"], ["other", "word"]]

    /// Whether `words` (a question's or a query's, folded) ask about a word itself.
    static func asksAboutTheWord(_ words: [String]) -> Bool {
        if words.contains(where: markers.contains) { return true }
        return words.indices.dropLast().contains { markerPairs.contains([words[$0], words[$0 + 1]]) }
    }

    /// Whether an FAQ's question asks about a word itself; most questions hold none of the markers'
    /// openings and are not split into words.
    static func asksAboutTheWord(question: String) -> Bool {
        let bytes = Array(question.utf8)
        guard openings.contains(where: { bytes.containsFolded($0) }) else { return false }
        return asksAboutTheWord(WordTokenizer.words(in: question))
    }

    /// The markers and the pairs' last words that hold no shorter one ("verb", not "adverb"): a
    /// question holds one of them if it holds any marker.
    private static let openings: [[UInt8]] = {
        let all = markers.union(markerPairs.compactMap(\.last))
        return all.filter { word in !all.contains { $0 != word && word.contains($0) } }.map { Array($0.utf8) }
    }()
}
