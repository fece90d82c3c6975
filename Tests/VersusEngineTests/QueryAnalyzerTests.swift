import Testing
@testable import VersusEngine

/// The analyzer never produces an invalid FTS5 query, keeps the words that name an article's
/// terms, and keeps stop words as evidence that weighs nothing (but when nothing else is left).
@Suite struct QueryAnalyzerTests {
    @Test(arguments: [
        ("Is email asynchronous?", ["email", "asynchronous"], ["is"]),
        ("what is the", ["what", "is", "the"], []),
        ("who vs whom", ["who", "whom"], []),
        ("when to use who or whom", ["who", "whom"], ["when", "to", "or"]),
        ("meaning of fewer in a sentence", ["fewer"], ["of", "in", "a"]),
        ("fewer or less", ["fewer", "less"], ["or"]),
        ("tea tea TEA", ["tea"], []),
        // Stop words weigh where they are an article's terms ("who", "whom"), not otherwise.
        ("he him test", ["test"], ["he", "him"]),
        ("who whom test", ["who", "whom", "test"], []),
        ("i before e", ["e"], ["i", "before"]),
        ("a cat on mats", ["cat", "mats"], ["a", "on"]),
        ("is tea hot", ["tea", "hot"], ["is"]),
        // A framing word is content in plain keywords after another word ("fair use"), but frames
        // a request before a stop word, at the start, beside a marker or in a question.
        ("fair use", ["fair", "use"], []),
        ("land use planning", ["land", "use", "planning"], []),
        ("another word for happy", ["another", "happy"], ["for"]),
        ("use fewer", ["fewer"], []),
        ("fewer used in a sentence", ["fewer"], ["in", "a"]),
        ("how to use fewer", ["fewer"], ["how", "to"]),
        ("", [], []),
    ])
    func keepsTheWordsThatMatter(_ query: String, _ weighing: [String], _ evidence: [String]) {
        let analyzer = QueryAnalyzer(protectedWords: ["who", "whom", "less", "fewer"])
        let terms = analyzer.analyze(query).terms
        #expect(terms.filter { $0.weight > 0 }.map(\.word) == weighing)
        #expect(terms.filter { $0.weight == 0 }.map(\.word) == evidence)
    }

    /// The plain-FTS5 baseline's analyzer drops stop words where others remain.
    @Test(arguments: [
        ("Is email asynchronous?", ["email", "asynchronous"]), ("a cat on mats", ["cat", "mats"]),
        ("what is the", ["what", "is", "the"]),
    ])
    func theBaselineDropsStopWords(_ query: String, _ expected: [String]) {
        #expect(QueryAnalyzer.plain.analyze(query).terms.map(\.word) == expected)
    }

    @Test func matchExpressionQuotesEveryWord() {
        #expect(QueryAnalyzer().analyze("Cats AND dogs NEAR(mice)").matchExpression == #""cats" OR "and" OR "dogs" OR "near" OR "mice""#)
        #expect(QueryAnalyzer().analyze("AND OR NOT").matchExpression == #""and" OR "or" OR "not""#)
    }

    @Test func longQueriesAreCapped() {
        let text = (0..<5_000).map { "word\($0)" }.joined(separator: " ")
        #expect(QueryAnalyzer().analyze(text).terms.count == QueryAnalyzer.maximumTerms)
    }
}
