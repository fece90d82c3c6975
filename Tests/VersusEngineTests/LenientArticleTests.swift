import Testing
@testable import VersusEngine
@testable import VersusTooling

/// Lenient article@1: a first hit from another article counts when that article shares a term
/// with the expected one (ignoring case), the hit is of the expected kind, and a hit about one
/// term is about the shared one.
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
}
