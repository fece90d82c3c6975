import Testing
@testable import VersusEngine
@testable import VersusTooling

/// Lenient article@1: a first hit from another article counts when that article shares a term
/// with the expected one (ignoring case) or has a term that is exactly what the query asks
/// about, the hit is of the expected kind, and a hit about one term is about such a term.
@Suite struct LenientArticleTests {
    static func query(_ kind: PassageKind) -> QualityQuery {
        QualityQuery(query: "sonnet meaning", article: "sonnet-vs-haiku", kind: kind, answer: "lines", category: "define", split: "tune")
    }

    static func hit(_ kind: PassageKind, term: String?) -> Hit {
        Hit(
            article: "sonnet-vs-villanelle", title: "Sonnet vs. Villanelle: What's the Difference?", kind: kind, term: term,
            heading: term, text: "A poem.", sense: nil, snippet: Snippet(segments: []), score: 1)
    }

    @Test(arguments: [
        (PassageKind.definition, PassageKind.definition, "Sonnet", ["Sonnet", "Villanelle"], true),
        (.definition, .definition, "sonnet", ["sonnet", "villanelle"], true),
        (.definition, .definition, "Villanelle", ["Sonnet", "Villanelle"], false),
        (.faq, .faq, nil, ["Sonnet", "Villanelle"], true),
        (.definition, .faq, nil, ["Sonnet", "Villanelle"], false),
        (.definition, .example, "Sonnet", ["Sonnet", "Villanelle"], false),
        (.definition, .definition, "Ode", ["Ode", "Villanelle"], false),
        (.definition, .definition, "Sonnet", [], false),
    ] as [(PassageKind, PassageKind, String?, [String], Bool)])
    func lenientMatches(_ wanted: PassageKind, _ kind: PassageKind, _ term: String?, _ hitTerms: [String], _ expected: Bool) {
        let match = Self.query(wanted).isLenientArticleMatch(
            Self.hit(kind, term: term), hitTerms: hitTerms, expectedTerms: ["Sonnet", "Haiku"])
        #expect(match == expected)
    }

    /// A term that is the query's words without its request words counts, though the expected
    /// article does not have it; a term holding only some of them does not.
    @Test(arguments: [
        ("computer virus definition", "Computer Virus", ["Logic Bomb", "Computer Virus"], true),
        ("what is a computer virus", "computer virus", ["Logic Bomb", "computer virus"], true),
        ("What's the meaning of computer virus?", "Computer Virus", ["Logic Bomb", "Computer Virus"], true),
        ("computer virus definition", "Logic Bomb", ["Logic Bomb", "Computer Virus"], false),
        ("computer virus definition", "Virus", ["Virus", "Bacterium"], false),
        ("computer virus in biology", "Computer Virus", ["Logic Bomb", "Computer Virus"], false),
    ] as [(String, String, [String], Bool)])
    func termTheQueryAsksAbout(_ text: String, _ term: String, _ hitTerms: [String], _ expected: Bool) {
        let query = QualityQuery(query: text, article: "worm-vs-trojan-horse", kind: .definition, answer: "x", category: "define", split: "tune")
        let hit = Hit(
            article: "logic-bomb-vs-computer-virus", title: "Logic Bomb vs. Computer Virus", kind: .definition, term: term,
            heading: term, text: "A program.", sense: nil, snippet: Snippet(segments: []), score: 1)
        #expect(query.isLenientArticleMatch(hit, hitTerms: hitTerms, expectedTerms: ["Worm", "Trojan Horse"]) == expected)
    }
}
