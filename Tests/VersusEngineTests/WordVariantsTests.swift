import Testing
@testable import VersusEngine

/// The forms of a query word that Porter stems apart: a plural in "-es", an adverb in "-ly", the
/// "-ves" plural of the nouns that have one ("wolves" for "wolf", "knife" for the slip "knive"),
/// but never a word that only looks like one ("saves" is no plural of "safe").
@Suite struct WordVariantsTests {
    static let lexicon = Lexicon(
        generation: 0,
        wordFrequency: [
            "virus": 3, "viruses": 2, "wolf": 2, "wolves": 1, "knife": 2, "knives": 1, "safe": 3, "saves": 2, "belief": 2,
            "believes": 2, "sudden": 2, "suddenly": 1,
        ],
        articles: [])

    @Test(arguments: [
        ("virus", ["viruses"]), ("viruses", ["virus"]), ("suddenly", ["sudden"]),
        ("wolf", ["wolves"]), ("wolves", ["wolf"]), ("knive", ["knife"]), ("knife", ["knives"]),
        ("safe", []), ("saves", []), ("belief", []),
    ])
    func formsStemmedApart(_ word: String, _ expected: [String]) {
        #expect(WordVariants.variants(of: word, in: Self.lexicon).sorted() == expected.sorted(), "\(word)")
    }
}
