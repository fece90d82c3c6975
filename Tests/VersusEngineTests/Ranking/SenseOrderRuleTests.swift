import Testing
@testable import VersusEngine

/// `senseOrder`:
/// - a definition or example of a later sense is divided by `1 + laterSense × rank`;
/// - the first sense, and passages of no sense, are left alone;
/// - so is, in a request for a meaning or an example, a later sense that holds a term of its
///   article the query names and another word of the query (in its definition, or for an example in
///   its sense's definition); a stop word is no such clue, a part of speech is ("loft as a verb"),
///   and without the term named the other words are none.
@Suite struct SenseOrderRuleTests {
    @Test(arguments: [
        ("meaning of tea", .definition("A drink.", rank: 0), nil),
        ("meaning of tea", .definition("A light meal.", rank: 1), 1 / 1.3),
        ("meaning of tea", .definition("A color.", rank: 3), 1 / 1.9),
        ("meaning of tea", .example("They served scones at tea.", sense: "A light meal.", rank: 2), 1 / 1.6),
        ("meaning of tea", .faq("Does tea have caffeine?"), nil),
        ("tea meaning light meal", .definition("A light meal.", rank: 1), nil),
        ("tea in a sentence meal", .example("They served scones at tea.", sense: "A light meal.", rank: 2), nil),
        ("tea meaning evening", .definition("A light meal.", rank: 1), 1 / 1.3),
        ("tea coffee meaning", .definition("A light meal with coffee.", rank: 1), 1 / 1.3),
        ("tea verb meaning", .definition("As a verb, to take tea.", rank: 1), nil),
        ("light meal meaning", .definition("A light meal.", rank: 1), 1 / 1.3),
        ("tea light meal", .definition("A light meal.", rank: 1), 1 / 1.3),
    ] as [(String, Passage, Double?)])
    func laterSensesCountLess(_ query: String, _ passage: Passage, _ expected: Double?) {
        #expect(RuleFixtures.same(RuleFixtures.factor(SenseOrderRule.self, query, passage), expected))
    }

    @Test func aStopWordThatSomeArticleNamesIsNoClue() {
        let lexicon = Lexicon(
            generation: 0, wordFrequency: [:], articles: [("tea-vs-coffee", "Tea", "Coffee"), ("in-vs-out", "In", "Out")],
            slugByArticleID: [1: "tea-vs-coffee", 4: "in-vs-out"])
        let query = QueryAnalyzer(lexicon: lexicon).analyze("tea in a sentence")
        #expect(query.terms.contains { $0.word == "in" })
        let factor = RuleFixtures.factor(
            SenseOrderRule.self, query, .example("In the end we had tea.", sense: "A light meal.", rank: 1))
        #expect(RuleFixtures.same(factor, 1 / 1.3))
    }
}
