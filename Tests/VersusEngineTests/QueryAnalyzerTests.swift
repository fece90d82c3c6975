import Testing
@testable import VersusEngine

/// The analyzer never produces an invalid FTS5 query, drops stop words only when others remain
/// (and keeps them in two or three typed keywords), and keeps words that name an article's terms.
@Suite struct QueryAnalyzerTests {
    @Test(arguments: [
        ("Is email asynchronous?", ["email", "asynchronous"]),
        ("what is the", ["what", "is", "the"]),
        ("who vs whom", ["who", "whom"]),
        ("when to use who or whom", ["who", "whom"]),
        ("meaning of fewer in a sentence", ["fewer"]),
        ("fewer or less", ["fewer", "less"]),
        ("tea tea TEA", ["tea"]),
        // Two or three keywords keep their stop words, but not the words that only join others.
        ("he him test", ["he", "him", "test"]),
        ("i before e", ["i", "before", "e"]),
        ("a cat on mats", ["cat", "mats"]),
        ("is tea hot", ["tea", "hot"]),
        // A framing word is content in plain keywords after another word ("fair use"), but frames
        // a request before a stop word, at the start, beside a marker or in a question.
        ("fair use", ["fair", "use"]),
        ("land use planning", ["land", "use", "planning"]),
        ("another word for happy", ["another", "happy"]),
        ("use fewer", ["fewer"]),
        ("fewer used in a sentence", ["fewer"]),
        ("how to use fewer", ["fewer"]),
        ("", []),
    ])
    func keepsTheWordsThatMatter(_ query: String, _ expected: [String]) {
        let analyzer = QueryAnalyzer(protectedWords: ["who", "whom", "less", "fewer"])
        #expect(analyzer.analyze(query).terms.map(\.word) == expected)
    }

    @Test func matchExpressionQuotesEveryWord() {
        #expect(QueryAnalyzer().analyze("Cats AND dogs NEAR(mice)").matchExpression == #""cats" OR "dogs" OR "near" OR "mice""#)
        #expect(QueryAnalyzer().analyze("AND OR NOT").matchExpression == #""and" OR "or" OR "not""#)
    }

    @Test func longQueriesAreCapped() {
        let text = (0..<5_000).map { "word\($0)" }.joined(separator: " ")
        #expect(QueryAnalyzer().analyze(text).terms.count == QueryAnalyzer.maximumTerms)
    }
}
